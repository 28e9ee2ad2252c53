package io.eswizard.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names the playbook puts into MySQL statements. Stricter than MySQL itself so that names never
 * need quoting and mean the same on MySQL 5.7 and MariaDB.
 */
public final class MysqlIdentifiers {

    static final int MAX_DATABASE_NAME = 64;
    /** MySQL 5.7 limit; newer servers allow more, but the nodes may meet an older one. */
    static final int MAX_USER_NAME = 32;
    private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9_$]+");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_.-]+");

    private MysqlIdentifiers() {
    }

    /** Why {@code name} is not a usable database name, as the end of a sentence; empty when fine. */
    public static Optional<String> whyInvalidDatabase(String name) {
        if (name.isBlank()) {
            return Optional.of("is empty");
        }
        if (name.length() > MAX_DATABASE_NAME) {
            return Optional.of("is " + name.length() + " characters long; MySQL allows at most "
                    + MAX_DATABASE_NAME);
        }
        if (!DATABASE.matcher(name).matches()) {
            return Optional.of("may only use letters, digits, '_' and '$'");
        }
        if (name.chars().allMatch(Character::isDigit)) {
            return Optional.of("is only digits, which MySQL reads as a number; add a letter");
        }
        return Optional.empty();
    }

    /** Why {@code name} is not a usable MySQL user name, as the end of a sentence; empty when fine. */
    public static Optional<String> whyInvalidUser(String name) {
        if (name.isBlank()) {
            return Optional.of("is empty");
        }
        if (name.length() > MAX_USER_NAME) {
            return Optional.of("is " + name.length() + " characters long; MySQL 5.7 allows at most "
                    + MAX_USER_NAME);
        }
        if (!USER.matcher(name).matches()) {
            return Optional.of("may only use letters, digits, '_', '.' and '-'");
        }
        return Optional.empty();
    }
}
