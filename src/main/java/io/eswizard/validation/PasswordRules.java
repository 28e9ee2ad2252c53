package io.eswizard.validation;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldRef;
import io.eswizard.model.field.RunPasswords;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How long passwords must be. The database passwords are the admin's choice, so a short one is an error;
 * the sudo password was given to the admin by whoever runs the machines, so a short one is only a warning.
 * A password not given yet is no finding: a run asks for it. Lengths count characters, not bytes.
 */
public final class PasswordRules {

    /** The fewest characters of a password the admin chooses: the database user's and the MySQL admin's. */
    public static final int MIN_CHOSEN = 12;
    /** The fewest characters of a vault password, which guards every password of an exported bundle. */
    public static final int MIN_VAULT = 16;

    private PasswordRules() {
    }

    /** The findings about the passwords this project uses; passwords it does not use are ignored. */
    public static List<Problem> check(ClusterProject p, Secrets s) {
        Secrets secrets = s == null ? Secrets.NONE : s;
        List<Problem> out = new ArrayList<>();
        finding(Field.APP_PASSWORD, secrets.databasePassword()).ifPresent(out::add);
        if (RunPasswords.needsAdminPassword(p)) {
            finding(Field.ADMIN_PASSWORD, secrets.databaseAdminPassword()).ifPresent(out::add);
        }
        if (p.connection().become()) {
            finding(Field.BECOME_PASSWORD, secrets.becomePassword()).ifPresent(out::add);
            secrets.becomePasswords().forEach((address, password) -> sudo(Field.OVERRIDE_BECOME_PASSWORDS.ref(),
                    "The sudo password of " + address, password).ifPresent(out::add));
        }
        return List.copyOf(out);
    }

    /**
     * The finding about {@code password} typed for {@code field} (the application, MySQL admin or sudo
     * password); empty when it is long enough or not given.
     */
    public static Optional<Problem> finding(Field field, String password) {
        return switch (field) {
            case APP_PASSWORD -> chosen(field, "The application password", password);
            case ADMIN_PASSWORD -> chosen(field, "The MySQL admin password", password);
            case BECOME_PASSWORD -> sudo(field.ref(), "The sudo password", password);
            default -> Optional.empty();
        };
    }

    /** Why {@code password} is too short to seal a bundle's passwords; empty when it is fine. */
    public static Optional<String> whyVaultPasswordTooShort(String password) {
        int n = length(password);
        return n >= MIN_VAULT ? Optional.empty() : Optional.of("the vault password has " + n + " characters; it"
                + " guards every password in the bundle, so it needs at least " + MIN_VAULT + ". Put a longer one"
                + " in the file (a passphrase of several words works)");
    }

    private static Optional<Problem> chosen(Field field, String what, String password) {
        int n = length(password);
        if (n == 0 || n >= MIN_CHOSEN) {
            return Optional.empty();
        }
        return Optional.of(Problem.error(field, what + " has " + characters(n) + "; a password you choose needs"
                + " at least " + MIN_CHOSEN + ". Choose a longer one (a passphrase of a few words works)."));
    }

    private static Optional<Problem> sudo(FieldRef field, String what, String password) {
        int n = length(password);
        if (n == 0 || n >= MIN_CHOSEN) {
            return Optional.empty();
        }
        return Optional.of(Problem.warning(field, what + " has " + characters(n) + ", fewer than " + MIN_CHOSEN
                + ": easy to guess for anyone who can reach SSH on the machines. Ask their administrator for a"
                + " longer one."));
    }

    private static String characters(int n) {
        return n + (n == 1 ? " character" : " characters");
    }

    private static int length(String password) {
        return password == null ? 0 : password.codePointCount(0, password.length());
    }
}
