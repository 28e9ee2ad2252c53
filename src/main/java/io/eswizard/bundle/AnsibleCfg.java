package io.eswizard.bundle;

/** ansible.cfg of a bundle: the bundled settings plus the inventory and roles folders of the bundle. */
final class AnsibleCfg {

    private AnsibleCfg() {
    }

    static String withInventory(String bundled) {
        StringBuilder out = new StringBuilder();
        boolean inDefaults = false;
        boolean wrote = false;
        for (String line : bundled.split("\n", -1)) {
            String t = line.trim();
            if (t.startsWith("[")) {
                inDefaults = t.equals("[defaults]");
            } else if (inDefaults && (t.startsWith("inventory") || t.startsWith("roles_path"))
                    && t.replace(" ", "").matches("(inventory|roles_path)=.*")) {
                continue;
            }
            out.append(line).append('\n');
            if (t.equals("[defaults]") && !wrote) {
                out.append("inventory = inventory/hosts.yml\nroles_path = roles\n");
                wrote = true;
            }
        }
        String text = out.toString().replaceAll("\n+$", "\n");
        if (!wrote) {
            text = "[defaults]\ninventory = inventory/hosts.yml\nroles_path = roles\n\n" + text;
        }
        return text;
    }
}
