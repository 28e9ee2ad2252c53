package io.eswizard.bundle;

import io.eswizard.generate.BundleFiles;
import io.eswizard.generate.GeneratedFiles;
import io.eswizard.generate.InventoryGenerator;
import io.eswizard.generate.SecretsFile;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.DriverSource;
import io.eswizard.model.Secrets;
import io.eswizard.model.TlsMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a bundle or run folder holds, in memory and keyed by relative path, so that every
 * missing input is found before anything is written.
 */
final class BundleContents {

    static final String SECRETS_VAULT = "inventory/group_vars/all/secrets.yml";
    static final String SECRETS_EXAMPLE = "secrets.example.yml";
    static final String PLAYBOOK_README = "PLAYBOOK-VARIABLES.md";
    static final String TLS_PRIVATE_KEY = "files/" + BundleFiles.TLS_PRIVATE_KEY;
    static final String COLLECTIONS = "collections/requirements.yml";

    /** One file to write; private files (passwords, keys) get mode 0600. */
    record Entry(byte[] bytes, boolean privateFile) {
    }

    /** How secrets travel: sealed in a vault, as an example template to fill in, or not at all (runs). */
    sealed interface SecretsPart permits Vaulted, ExampleOnly, NoSecrets {
    }

    record Vaulted(Secrets secrets, char[] vaultPassword) implements SecretsPart {
    }

    record ExampleOnly() implements SecretsPart {
    }

    record NoSecrets() implements SecretsPart {
    }

    private BundleContents() {
    }

    static SortedMap<String, Entry> of(ClusterProject p, SecretsPart secrets, String folderName)
            throws IOException, BundleException {
        SortedMap<String, Entry> out = new TreeMap<>();
        for (Map.Entry<String, byte[]> f : BundledPlaybook.files().entrySet()) {
            String name = f.getKey();
            if (name.equals("README.md")) {
                name = PLAYBOOK_README;
            }
            out.put(name, new Entry(f.getValue(), false));
        }
        out.put("ansible.cfg", text(AnsibleCfg.withInventory(
                out.containsKey("ansible.cfg") ? new String(out.get("ansible.cfg").bytes(), StandardCharsets.UTF_8)
                        : "")));
        GeneratedFiles generated = InventoryGenerator.generate(p);
        generated.files().forEach((path, content) -> out.put(path, text(content)));
        out.put("files/" + BundleFiles.driverFileName(p), new Entry(driverJar(p), false));
        if (p.loadBalancer().tlsMode() == TlsMode.PROVIDED) {
            out.put("files/" + BundleFiles.TLS_CERTIFICATE, new Entry(
                    readInput(p.loadBalancer().certFile(), "loadBalancer.certFile", "TLS certificate"), false));
            // Sealed with the passwords, or in a run folder for the run only; an export without a
            // vault leaves it out and its README says where to put it.
            if (secrets instanceof Vaulted v) {
                out.put(TLS_PRIVATE_KEY, new Entry(AnsibleVault.encrypt(tlsKey(p), v.vaultPassword())
                        .getBytes(StandardCharsets.US_ASCII), true));
            } else if (secrets instanceof NoSecrets) {
                out.put(TLS_PRIVATE_KEY, new Entry(tlsKey(p), true));
            }
        }
        boolean vaulted = secrets instanceof Vaulted;
        if (secrets instanceof Vaulted v) {
            String sealed = SecretsFile.sealed(p, v.secrets(), value -> AnsibleVault.encrypt(value, v.vaultPassword()));
            out.put(SECRETS_VAULT, new Entry(sealed.getBytes(StandardCharsets.UTF_8), true));
        } else if (secrets instanceof ExampleOnly) {
            out.put(SECRETS_EXAMPLE, text(SecretsFile.content(p, Secrets.examplePlaceholders("CHANGE-ME"))));
        }
        if (!(secrets instanceof NoSecrets)) {
            out.put("README.md", text(BundleReadme.text(p, folderName, vaulted)));
        }
        return out;
    }

    private static byte[] tlsKey(ClusterProject p) throws BundleException {
        return readInput(p.loadBalancer().keyFile(), "loadBalancer.keyFile", "TLS private key");
    }

    private static byte[] driverJar(ClusterProject p) throws IOException, BundleException {
        if (p.database().driverSource() == DriverSource.FILE) {
            return readInput(p.database().driverJar(), "database.driverJar", "JDBC driver jar");
        }
        String resource = "/bundled/" + BundleFiles.driverFileName(p);
        try (InputStream in = BundleContents.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the bundled JDBC driver " + resource + " is missing; rebuild the app");
            }
            return in.readAllBytes();
        }
    }

    private static byte[] readInput(String file, String field, String what) throws BundleException {
        if (file == null || file.isBlank()) {
            throw new BundleException(field + ": no " + what + " given; choose the file in the project");
        }
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new BundleException(field + ": the " + what + " " + file + " does not exist");
        } catch (IOException e) {
            throw new BundleException(field + ": cannot read the " + what + " " + file + ": " + e.getMessage());
        }
    }

    private static Entry text(String s) {
        return new Entry(s.getBytes(StandardCharsets.UTF_8), false);
    }
}
