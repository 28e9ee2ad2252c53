package io.eswizard.ansible;

/** Ansible names role tasks "role : task"; these helpers split that. */
public final class TaskNames {

    private static final String SEPARATOR = " : ";

    private TaskNames() {
    }

    public static String role(String taskName) {
        int i = taskName.indexOf(SEPARATOR);
        return i < 0 ? "" : taskName.substring(0, i).trim();
    }

    /** The task's own name, without its role: "Set the domain" of "es_node : Set the domain". */
    public static String name(String taskName) {
        int i = taskName.indexOf(SEPARATOR);
        return i < 0 ? taskName.trim() : taskName.substring(i + SEPARATOR.length()).trim();
    }
}
