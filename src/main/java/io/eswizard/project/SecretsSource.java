package io.eswizard.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.RunPasswords;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the command line gets passwords, in this order: a secrets file (--secrets-file), the
 * environment ({@value #DB_PASSWORD_ENV}, {@value #DB_ADMIN_PASSWORD_ENV},
 * {@value #BECOME_PASSWORD_ENV}), or a prompt on the console. Every password comes from the first
 * of these that is given. Passwords are never read from arguments or project files.
 */
public final class SecretsSource {

    public static final String DB_PASSWORD_ENV = "ESW_DB_PASSWORD";
    public static final String DB_ADMIN_PASSWORD_ENV = "ESW_DB_ADMIN_PASSWORD";
    public static final String DB_PASSWORD_KEY = "databasePassword";
    public static final String DB_ADMIN_PASSWORD_KEY = "databaseAdminPassword";
    public static final String BECOME_PASSWORD_ENV = "ESW_BECOME_PASSWORD";
    public static final String BECOME_PASSWORD_KEY = "becomePassword";
    public static final String BECOME_PASSWORDS_KEY = "becomePasswords";
    private static final String FILE_KEYS = DB_PASSWORD_KEY + ", " + DB_ADMIN_PASSWORD_KEY + ", " + BECOME_PASSWORD_KEY
            + " and " + BECOME_PASSWORDS_KEY + " (a mapping of machine address to sudo password)";

    private static final YAMLMapper MAPPER = ProjectMapper.create();

    private SecretsSource() {
    }

    /** A user-facing reason why the passwords could not be had. */
    public static final class SecretsException extends Exception {
        private static final long serialVersionUID = 1L;

        SecretsException(String message) {
            super(message);
        }
    }

    /** Whether this project needs the MySQL admin password besides the application user's. */
    public static boolean needsAdminPassword(ClusterProject p) {
        return RunPasswords.needsAdminPassword(p);
    }

    /**
     * @param secretsFile the --secrets-file, or null
     * @param env         the environment (System.getenv() in production)
     * @param console     the console to prompt on, or null when there is none
     */
    public static Secrets resolve(ClusterProject p, Path secretsFile, Map<String, String> env, Console console)
            throws SecretsException {
        Secrets s;
        if (secretsFile != null) {
            s = fromFile(secretsFile);
        } else if (env.get(DB_PASSWORD_ENV) != null) {
            s = fromEnvironment(env);
        } else if (console != null) {
            s = prompt(p, console, true);
        } else {
            throw new SecretsException("the database password is needed: set " + DB_PASSWORD_ENV
                    + (needsAdminPassword(p) ? " and " + DB_ADMIN_PASSWORD_ENV : "")
                    + ", or pass --secrets-file FILE (YAML with " + DB_PASSWORD_KEY + ": ...)");
        }
        return check(p, s, secretsFile != null ? secretsFile.toString() : DB_PASSWORD_ENV);
    }

    /**
     * Only the sudo passwords, for commands that log in to the machines without touching the
     * database (preflight): from the secrets file, {@value #BECOME_PASSWORD_ENV} or a prompt; none
     * is fine when sudo asks for no password.
     */
    public static Secrets resolveBecome(ClusterProject p, Path secretsFile, Map<String, String> env, Console console)
            throws SecretsException {
        if (secretsFile != null) {
            Secrets s = fromFile(secretsFile);
            return Secrets.NONE.withBecomePasswords(s.becomePassword(), s.becomePasswords());
        }
        if (env.get(BECOME_PASSWORD_ENV) != null || env.get(DB_PASSWORD_ENV) != null) {
            return Secrets.NONE.withBecomePasswords(env.getOrDefault(BECOME_PASSWORD_ENV, ""), Map.of());
        }
        return console != null ? prompt(p, console, false) : Secrets.NONE;
    }

    /**
     * Where {@link #resolve} or {@link #resolveBecome} took the password of {@code field} from, for messages:
     * the secrets file, the environment variable, or the prompt.
     */
    public static String sourceOf(Field field, Path secretsFile, Map<String, String> env) {
        if (secretsFile != null) {
            return secretsFile.toString();
        }
        String variable = switch (field) {
            case ADMIN_PASSWORD -> DB_ADMIN_PASSWORD_ENV;
            case BECOME_PASSWORD, OVERRIDE_BECOME_PASSWORDS -> BECOME_PASSWORD_ENV;
            default -> DB_PASSWORD_ENV;
        };
        boolean fromEnvironment = field == Field.BECOME_PASSWORD || field == Field.OVERRIDE_BECOME_PASSWORDS
                ? env.get(BECOME_PASSWORD_ENV) != null || env.get(DB_PASSWORD_ENV) != null
                : env.get(DB_PASSWORD_ENV) != null;
        return fromEnvironment ? variable : "the prompt";
    }

    private static Secrets fromEnvironment(Map<String, String> env) {
        return new Secrets(env.get(DB_PASSWORD_ENV), env.getOrDefault(DB_ADMIN_PASSWORD_ENV, ""),
                env.getOrDefault(BECOME_PASSWORD_ENV, ""), Map.of());
    }

    /** Reads a secrets file, refusing one that other users can read or that is no regular file. */
    public static Secrets fromFile(Path file) throws SecretsException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = PrivateFiles.read(file, "secrets file");
        } catch (RegularFiles.NotReadable e) {
            throw new SecretsException(name + ": " + e.getMessage());
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The parser's message may quote the file's content, which holds passwords: say only where.
            String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? " line " + j.getLocation().getLineNr() : "";
            throw new SecretsException(name + where + ": not a valid secrets file; expected '" + DB_PASSWORD_KEY
                    + ": ...' and optionally " + FILE_KEYS);
        }
        if (root == null || !root.isObject()) {
            throw new SecretsException(name + ": expected '" + DB_PASSWORD_KEY + ": ...' lines");
        }
        Map<String, String> perMachine = new TreeMap<>();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            JsonNode value = root.get(key);
            if (key.equals(BECOME_PASSWORDS_KEY)) {
                perMachine.putAll(addressMap(name, value));
            } else if (!key.equals(DB_PASSWORD_KEY) && !key.equals(DB_ADMIN_PASSWORD_KEY)
                    && !key.equals(BECOME_PASSWORD_KEY)) {
                throw new SecretsException(name + ": unknown key '" + key + "'; a secrets file holds " + FILE_KEYS);
            } else if (!value.isValueNode() || value.isNull()) {
                throw new SecretsException(name + ": " + key + " must be a single value (quote it)");
            }
        }
        return new Secrets(root.path(DB_PASSWORD_KEY).asText(""), root.path(DB_ADMIN_PASSWORD_KEY).asText(""),
                root.path(BECOME_PASSWORD_KEY).asText(""), perMachine);
    }

    private static Map<String, String> addressMap(String file, JsonNode value) throws SecretsException {
        if (!value.isObject()) {
            throw new SecretsException(file + ": " + BECOME_PASSWORDS_KEY + " must map machine addresses to "
                    + "passwords, one per line: '  192.0.2.10: \"...\"'");
        }
        Map<String, String> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw new SecretsException(file + ": " + BECOME_PASSWORDS_KEY + " › " + e.getKey()
                        + " must be a single value (quote it)");
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    private static Secrets prompt(ClusterProject p, Console console, boolean database) {
        String db = "";
        String admin = "";
        if (database) {
            db = read(console, "Password of the database user '%s': ", p.database().appUser());
            if (needsAdminPassword(p)) {
                admin = read(console, "Password of the MySQL admin user '%s': ", p.database().adminUser());
            }
        }
        String become = "";
        if (p.connection().become()) {
            become = read(console, "Sudo password of '%s' on the cluster machines (Enter if sudo asks for none): ",
                    p.connection().sshUser());
        }
        return new Secrets(db, admin, become, Map.of());
    }

    private static String read(Console console, String prompt, String name) {
        char[] typed = console.readPassword(prompt, name);
        return typed == null ? "" : new String(typed);
    }

    private static Secrets check(ClusterProject p, Secrets s, String source) throws SecretsException {
        if (!s.hasDatabasePassword()) {
            throw new SecretsException(source + ": the database password (" + DB_PASSWORD_KEY + " / "
                    + DB_PASSWORD_ENV + ") is empty");
        }
        if (needsAdminPassword(p) && (s.databaseAdminPassword() == null || s.databaseAdminPassword().isEmpty())) {
            throw new SecretsException(source + ": the project logs in to MySQL as '" + p.database().adminUser()
                    + "' with a password: give " + DB_ADMIN_PASSWORD_KEY + " / " + DB_ADMIN_PASSWORD_ENV);
        }
        return s;
    }
}
