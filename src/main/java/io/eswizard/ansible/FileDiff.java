package io.eswizard.ansible;

/**
 * One file's difference on one host, from a result's {@code diff} entry (dry runs use
 * {@code --diff}). Either before/after texts with their headers, or a diff Ansible already prepared.
 */
public record FileDiff(String host, String task, String target, String beforeHeader, String afterHeader,
                       String before, String after, String prepared) {

    /**
     * The best name for the file: the module's dest/path, else the before header (the real path;
     * the after header is often a temp file on the controller).
     */
    public String fileName() {
        if (!target.isEmpty()) {
            return target;
        }
        if (!beforeHeader.isEmpty()) {
            return beforeHeader;
        }
        return afterHeader.isEmpty() ? task : afterHeader;
    }

    public boolean isPrepared() {
        return !prepared.isEmpty();
    }
}
