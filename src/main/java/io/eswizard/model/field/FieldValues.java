package io.eswizard.model.field;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import java.lang.reflect.ParameterizedType;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads and writes the value of a {@link Field} by its path: a setting in the project record, a
 * password in {@link Secrets}, or a column of one list element. Lets a page bind its inputs to the
 * catalogue instead of to hand-written getters and setters.
 */
public final class FieldValues {

    private static final String SECRETS = "secrets.";
    private static final String ITEM = "[]";
    private static final Map<Field, RecordPath> LENSES = new EnumMap<>(Field.class);

    private FieldValues() {
    }

    /** The type of the value: String, int, boolean, an enum or a List. */
    public static Class<?> type(Field field) {
        return lens(field).type();
    }

    /** The type of a list's elements ({@code EsNode} for {@link Field#NODES}). */
    public static Class<?> elementType(Field field) {
        return (Class<?>) ((ParameterizedType) lens(field).genericType()).getActualTypeArguments()[0];
    }

    /** The value in the project; for a setting of the project record (not a secret, not a column). */
    public static Object read(Field field, ClusterProject project) {
        requireProjectSetting(field);
        return lens(field).read(project);
    }

    /** The project with this setting replaced. */
    public static ClusterProject write(Field field, ClusterProject project, Object value) {
        requireProjectSetting(field);
        return lens(field).write(project, value);
    }

    /** The value of a secret. */
    public static Object read(Field field, Secrets secrets) {
        requireSecret(field);
        return lens(field).read(secrets);
    }

    /** The secrets with this one replaced. */
    public static Secrets write(Field field, Secrets secrets, Object value) {
        requireSecret(field);
        return lens(field).write(secrets, value);
    }

    /** The value of a list column in one element, e.g. an {@code EsNode}'s address. */
    public static Object readItem(Field field, Object element) {
        if (!field.isItem()) {
            throw new IllegalArgumentException(field + " is not a list column");
        }
        return lens(field).read(element);
    }

    /** The element with this list column replaced, e.g. an {@code EsNode} with another address. */
    public static <E> E writeItem(Field field, E element, Object value) {
        if (!field.isItem()) {
            throw new IllegalArgumentException(field + " is not a list column");
        }
        return lens(field).write(element, value);
    }

    private static void requireProjectSetting(Field field) {
        if (field.isSecret() || field.isItem()) {
            throw new IllegalArgumentException(field + " is not a setting of the project record");
        }
    }

    private static void requireSecret(Field field) {
        if (!field.isSecret()) {
            throw new IllegalArgumentException(field + " is not a secret");
        }
    }

    private static synchronized RecordPath lens(Field field) {
        return LENSES.computeIfAbsent(field, FieldValues::resolve);
    }

    private static RecordPath resolve(Field field) {
        String path = field.path();
        if (field.isSecret()) {
            return RecordPath.of(Secrets.class, path.substring(SECRETS.length()));
        }
        if (field.isItem()) {
            Field list = field.list().orElseThrow(() -> new IllegalStateException(path + " has no list field"));
            return RecordPath.of(elementType(list), path.substring(path.indexOf(ITEM) + ITEM.length() + 1));
        }
        return RecordPath.of(ClusterProject.class, path);
    }
}
