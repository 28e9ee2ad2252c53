package io.eswizard.validation;

import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldRef;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.HostNames;
import java.util.List;
import java.util.Locale;

/** The Host names page: the public names browsers use for the publisher and the store. */
final class HostNameRules {

    private HostNameRules() {
    }

    /** @param production false for a sandbox: the placeholder domain is fine there */
    static void check(ClusterProject p, boolean production, List<Problem> out) {
        String publisher = Text.of(p.hostNames().publisher());
        String store = Text.of(p.hostNames().store());
        boolean publisherOk = checkOne(out, Field.PUBLISHER_HOST_NAME.ref(), "publisher", publisher, production);
        boolean storeOk = checkOne(out, Field.STORE_HOST_NAME.ref(), "store", store, production);
        // NGINX picks the upstream by host name, so one name cannot serve both apps.
        if (publisherOk && storeOk && publisher.equalsIgnoreCase(store)) {
            out.add(Problem.error(Field.STORE_HOST_NAME, "The publisher and the store both use the host name '" + store
                    + "', so the load balancer could not tell them apart. Give the store its own name, e.g. "
                    + example("store") + "."));
        }
    }

    private static String example(String role) {
        return role + ".es.mycompany.com";
    }

    private static boolean checkOne(List<Problem> out, FieldRef path, String role, String name,
                                    boolean production) {
        String example = example(role);
        if (name.isBlank()) {
            out.add(Problem.error(path, "The " + role + " host name is empty. Enter the name users will type in"
                    + " their browser, e.g. " + example + "."));
            return false;
        }
        if (AddressSyntax.isIpv4(name) || name.contains(":")) {
            out.add(Problem.error(path, "The " + role + " host name '" + name + "' is an address or contains a"
                    + " port. Enter a name only, e.g. " + example + "; it will be mapped to the load balancer."));
            return false;
        }
        var why = DnsNames.whyInvalid(name);
        if (why.isPresent()) {
            out.add(Problem.error(path, "The " + role + " host name '" + name + "' " + why.get() + ". Use a name"
                    + " like " + example + "."));
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (production && (lower.equals(HostNames.PLACEHOLDER_DOMAIN)
                || lower.endsWith("." + HostNames.PLACEHOLDER_DOMAIN))) {
            out.add(Problem.warning(path, "The " + role + " host name '" + name + "' is still under the placeholder"
                    + " domain " + HostNames.PLACEHOLDER_DOMAIN + ", which nobody owns: only machines whose hosts"
                    + " file maps it will find the " + role + ". Replace it with a name in your own domain."));
        }
        return true;
    }
}
