package io.eswizard.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.eswizard.model.AdminAccess;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Where the command line gets passwords, in this order: a secrets file (--secrets-file), the
 * environment ({@value #DB_PASSWORD_ENV}, {@value #DB_ADMIN_PASSWORD_ENV}), or a prompt on the
 * console. Passwords are never read from arguments or project files.
 */
public final class SecretsSource {

    public static final String DB_PASSWORD_ENV = "ESW_DB_PASSWORD";
    public static final String DB_ADMIN_PASSWORD_ENV = "ESW_DB_ADMIN_PASSWORD";
    public static final String DB_PASSWORD_KEY = "databasePassword";
    public static final String DB_ADMIN_PASSWORD_KEY = "databaseAdminPassword";

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
        return p.database().adminAccess() == AdminAccess.PASSWORD;
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
            s = new Secrets(env.get(DB_PASSWORD_ENV), env.getOrDefault(DB_ADMIN_PASSWORD_ENV, ""));
        } else if (console != null) {
            s = prompt(p, console);
        } else {
            throw new SecretsException("the database password is needed: set " + DB_PASSWORD_ENV
                    + (needsAdminPassword(p) ? " and " + DB_ADMIN_PASSWORD_ENV : "")
                    + ", or pass --secrets-file FILE (YAML with " + DB_PASSWORD_KEY + ": ...)");
        }
        return check(p, s, secretsFile != null ? secretsFile.toString() : DB_PASSWORD_ENV);
    }

    /** Reads a secrets file, refusing one that other users can read. */
    public static Secrets fromFile(Path file) throws SecretsException {
        String name = file.toString();
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            for (PosixFilePermission perm : perms) {
                if (perm.name().startsWith("GROUP_") || perm.name().startsWith("OTHERS_")) {
                    throw new SecretsException(name + ": other users can read this secrets file; run 'chmod 600 "
                            + name + "' first");
                }
            }
        } catch (NoSuchFileException e) {
            throw new SecretsException(name + ": no such secrets file");
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: nothing to check.
        } catch (IOException e) {
            throw new SecretsException(name + ": cannot be read: " + e.getMessage());
        }
        JsonNode root;
        try {
            if (Files.size(file) > ProjectFiles.MAX_FILE_BYTES) {
                throw new SecretsException(name + ": too large for a secrets file");
            }
            root = MAPPER.readTree(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The parser's message may quote the file's content, which holds passwords: say only where.
            String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? " line " + j.getLocation().getLineNr() : "";
            throw new SecretsException(name + where + ": not a valid secrets file; expected '" + DB_PASSWORD_KEY
                    + ": ...' and optionally '" + DB_ADMIN_PASSWORD_KEY + ": ...'");
        }
        if (root == null || !root.isObject()) {
            throw new SecretsException(name + ": expected '" + DB_PASSWORD_KEY + ": ...' lines");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals(DB_PASSWORD_KEY) && !key.equals(DB_ADMIN_PASSWORD_KEY)) {
                throw new SecretsException(name + ": unknown key '" + key + "'; a secrets file holds "
                        + DB_PASSWORD_KEY + " and " + DB_ADMIN_PASSWORD_KEY);
            }
            if (!root.get(key).isValueNode() || root.get(key).isNull()) {
                throw new SecretsException(name + ": " + key + " must be a single value (quote it)");
            }
        }
        return new Secrets(root.path(DB_PASSWORD_KEY).asText(""), root.path(DB_ADMIN_PASSWORD_KEY).asText(""));
    }

    private static Secrets prompt(ClusterProject p, Console console) {
        char[] db = console.readPassword("Password of the database user '%s': ", p.database().appUser());
        String admin = "";
        if (needsAdminPassword(p)) {
            char[] a = console.readPassword("Password of the MySQL admin user '%s': ", p.database().adminUser());
            admin = a == null ? "" : new String(a);
        }
        return new Secrets(db == null ? "" : new String(db), admin);
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
