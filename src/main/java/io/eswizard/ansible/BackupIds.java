package io.eswizard.ansible;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Database backup ids: the UTC time the backup starts, yyyyMMdd-HHmmss, which is also its folder's
 * name on the database machine (es_backup_id_pattern in the playbook); they sort by time.
 */
public final class BackupIds {

    private static final Pattern ID = Pattern.compile("[0-9]{8}-[0-9]{6}");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** How many backups stay when the admin does not say. */
    public static final int DEFAULT_KEEP = 5;

    private BackupIds() {
    }

    public static String now(Clock clock) {
        return LocalDateTime.now(clock.withZone(java.time.ZoneOffset.UTC)).format(FORMAT);
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Refuses an id that is not one, saying what one looks like. */
    public static String require(String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(problem(id));
        }
        return id;
    }

    /** Why the text is not a backup id. */
    public static String problem(String id) {
        return "'" + id + "' is not a backup id: they look like 20260301-101500 (the backups command lists them)";
    }

    /** Refuses a number of backups to keep below one. */
    public static int requireKeep(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("--keep " + keep + ": at least the newest backup stays; give 1 or more");
        }
        return keep;
    }

    /** Of these ids (any order; other names are not backups and stay), those beyond the newest {@code keep}. */
    public static List<String> beyondNewest(List<String> names, int keep) {
        List<String> ids = new ArrayList<>(names.stream().filter(BackupIds::isValid).distinct().toList());
        ids.sort(Comparator.reverseOrder());
        return ids.size() <= keep ? List.of() : List.copyOf(ids.subList(keep, ids.size()));
    }
}
