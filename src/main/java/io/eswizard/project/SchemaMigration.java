package io.eswizard.project;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Rewrites the YAML tree of a project file from one schema version to the next. */
interface SchemaMigration {

    /** The version this migration reads; it produces {@code fromVersion() + 1}. */
    int fromVersion();

    /** Rewrites {@code root} in place; may throw with a message for fields it cannot carry over. */
    void migrate(ObjectNode root) throws MigrationException;

    /** A tree the migration cannot carry over; the message names the field. */
    final class MigrationException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String fieldPath;

        MigrationException(String fieldPath, String message) {
            super(message);
            this.fieldPath = fieldPath;
        }

        String fieldPath() {
            return fieldPath;
        }
    }
}
