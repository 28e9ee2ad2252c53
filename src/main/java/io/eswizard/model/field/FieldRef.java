package io.eswizard.model.field;

/**
 * One field of one project, as a finding, a failure link or a check result points at it.
 *
 * @param field the catalogue entry
 * @param index the list element for a field of a list item ({@code nodes[2].address}); -1 otherwise
 * @param path  the machine-readable path in project-file terms, e.g. {@code nodes[2].address}
 * @param label what a person reads, e.g. "Nodes › store-1 › Address"
 */
public record FieldRef(Field field, int index, String path, String label) {

    public Page page() {
        return field.page();
    }

    /** True when this is the field itself or an element of it (a row of a table field). */
    public boolean isIn(Field f) {
        return field == f || field.list().filter(f::equals).isPresent();
    }

    @Override
    public String toString() {
        return path;
    }
}
