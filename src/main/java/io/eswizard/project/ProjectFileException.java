package io.eswizard.project;

/**
 * A project file that cannot be read. The message is meant for the user as it is: it names the
 * file, where known the line, column and field, and how to fix it.
 */
public final class ProjectFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String fieldPath;
    private final String problem;

    /**
     * @param file      the file as the user named it
     * @param line      1-based line, or 0 when unknown
     * @param column    1-based column, or 0 when unknown
     * @param fieldPath path in project-file terms such as {@code nodes[1].portOffset}; empty when none
     * @param problem   what is wrong and how to fix it
     */
    public ProjectFileException(String file, int line, int column, String fieldPath, String problem) {
        super(format(file, line, column, fieldPath, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.fieldPath = fieldPath == null ? "" : fieldPath;
        this.problem = problem;
    }

    private static String format(String file, int line, int column, String fieldPath, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(" line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        sb.append(": ");
        if (fieldPath != null && !fieldPath.isEmpty()) {
            sb.append(fieldPath).append(": ");
        }
        return sb.append(problem).toString();
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The field the wizard can jump to; empty when the problem is not about one field. */
    public String fieldPath() {
        return fieldPath;
    }

    /** The message without the location prefix. */
    public String problem() {
        return problem;
    }
}
