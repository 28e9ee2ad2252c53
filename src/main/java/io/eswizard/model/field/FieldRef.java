package io.eswizard.model.field;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.HostOverride;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One field of one project, as a finding, a failure link or a check result points at it.
 *
 * @param field the catalogue entry
 * @param index the list element for a column of a list ({@code nodes[2].address}); -1 otherwise
 * @param path  the machine-readable path in project-file terms, e.g. {@code nodes[2].address}
 * @param label what a person reads, e.g. "Nodes › store-1 › Address"
 */
public record FieldRef(Field field, int index, String path, String label) {

    /** The human label's separator: "Nodes › store-2 › Member port". */
    public static final String SEPARATOR = " › ";
    private static final Pattern ITEM_PATH = Pattern.compile("(.+)\\[(\\d+)]\\.(.+)");

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

    static FieldRef of(Field field) {
        if (field.isItem()) {
            throw new IllegalStateException(field + " is a list column: name the element with at()");
        }
        return new FieldRef(field, -1, field.path(), field.page().title() + SEPARATOR + field.label());
    }

    static FieldRef at(Field field, int index, String itemName) {
        if (!field.isItem()) {
            throw new IllegalStateException(field + " is not a list column");
        }
        return new FieldRef(field, index, field.path().replace(Field.ITEM, "[" + index + "]"),
                field.page().title() + SEPARATOR + itemName + SEPARATOR + field.label());
    }

    static FieldRef at(Field field, ClusterProject project, int index) {
        return at(field, index, itemName(field, project, index));
    }

    /** The field a path names in {@code project}, e.g. {@code nodes[1].memberPort}; empty for an unknown path. */
    public static Optional<FieldRef> find(ClusterProject project, String path) {
        Matcher item = ITEM_PATH.matcher(path);
        String template = item.matches() ? item.group(1) + Field.ITEM + "." + item.group(3) : path;
        Optional<Field> field = Arrays.stream(Field.values()).filter(f -> f.path().equals(template)).findFirst();
        return field.map(f -> f.isItem() ? f.at(project, Integer.parseInt(item.group(2))) : f.ref());
    }

    /** How people know a list element: a node by its name, a machine by its address. */
    private static String itemName(Field column, ClusterProject project, int index) {
        List<?> elements = column.list().map(f -> (List<?>) FieldValues.read(f, project)).orElse(List.of());
        Object element = index >= 0 && index < elements.size() ? elements.get(index) : null;
        String name = element instanceof EsNode n ? n.name() : element instanceof HostOverride o ? o.address() : null;
        if (name != null && !name.isBlank()) {
            return name;
        }
        String kind = column.list().filter(Field.NODES::equals).isPresent() ? "Node " : "Row ";
        return kind + (index + 1);
    }
}
