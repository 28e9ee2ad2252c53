package io.eswizard.model.field;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A dotted path of record component names ({@code database.port}) read from and written into
 * immutable records: a write copies each record on the way with one component replaced, through
 * its canonical constructor. The same names are the keys of project files, so the path of a
 * setting is also where it is read and written.
 */
final class RecordPath {

    private final List<RecordComponent> steps;

    private RecordPath(List<RecordComponent> steps) {
        this.steps = List.copyOf(steps);
    }

    /** Resolves {@code dotted} from {@code root}; fails when a name is not a component of its record. */
    static RecordPath of(Class<?> root, String dotted) {
        List<RecordComponent> steps = new ArrayList<>();
        Class<?> type = root;
        for (String name : dotted.split("\\.")) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(dotted + ": " + type.getSimpleName() + " is not a record");
            }
            RecordComponent step = Arrays.stream(type.getRecordComponents())
                    .filter(c -> c.getName().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            dotted + ": no '" + name + "' in " + root.getSimpleName()));
            steps.add(step);
            type = step.getType();
        }
        return new RecordPath(steps);
    }

    Class<?> type() {
        return steps.get(steps.size() - 1).getType();
    }

    Type genericType() {
        return steps.get(steps.size() - 1).getGenericType();
    }

    Object read(Object root) {
        Object value = root;
        for (RecordComponent step : steps) {
            value = get(value, step);
        }
        return value;
    }

    /** A copy of {@code root} with the value at this path replaced. */
    @SuppressWarnings("unchecked")
    <R> R write(R root, Object value) {
        return (R) write(root, 0, value);
    }

    private Object write(Object record, int depth, Object value) {
        RecordComponent step = steps.get(depth);
        Object replacement = depth == steps.size() - 1 ? value : write(get(record, step), depth + 1, value);
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = components[i].getName().equals(step.getName()) ? replacement : get(record, components[i]);
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
        }
    }

    private static Object get(Object record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
