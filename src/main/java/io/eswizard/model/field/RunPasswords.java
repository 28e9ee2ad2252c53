package io.eswizard.model.field;

import io.eswizard.model.AdminAccess;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import java.util.ArrayList;
import java.util.List;

/**
 * Which passwords a run, a preflight or a verify needs, and which of them are still missing. They
 * are never saved, so a missing one is "needed before running", not a problem of the project. The
 * sudo password may rightly be empty (passwordless sudo): it is missing only until someone said so.
 */
public final class RunPasswords {

    private RunPasswords() {
    }

    /** Whether this project needs the MySQL admin password besides the application user's. */
    public static boolean needsAdminPassword(ClusterProject p) {
        return p.database().adminAccess() == AdminAccess.PASSWORD;
    }

    /** A run of the playbook (and verify, which logs in as the application user): every password it uses. */
    public static List<Field> forRun(ClusterProject p) {
        List<Field> needed = new ArrayList<>();
        needed.add(Field.APP_PASSWORD);
        if (needsAdminPassword(p)) {
            needed.add(Field.ADMIN_PASSWORD);
        }
        if (p.connection().become()) {
            needed.add(Field.BECOME_PASSWORD);
        }
        return needed;
    }

    /** The preflight logs in to the machines only: the sudo password, when sudo is used. */
    public static List<Field> forPreflight(ClusterProject p) {
        return p.connection().become() ? List.of(Field.BECOME_PASSWORD) : List.of();
    }

    /**
     * The ones of {@code needed} not given yet.
     *
     * @param sudoAnswered someone said what sudo asks for: a password, or none
     */
    public static List<Field> missing(List<Field> needed, Secrets secrets, boolean sudoAnswered) {
        Secrets s = secrets == null ? Secrets.NONE : secrets;
        return needed.stream().filter(f -> switch (f) {
            case APP_PASSWORD -> s.databasePassword().isEmpty();
            case ADMIN_PASSWORD -> s.databaseAdminPassword().isEmpty();
            case BECOME_PASSWORD -> !sudoAnswered && !s.hasBecomePassword();
            default -> false;
        }).toList();
    }
}
