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
}
