package io.eswizard.validation;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldRef;
import io.eswizard.model.field.FieldValues;
import java.util.List;

/**
 * Every text setting of the catalogue is one line: a value with any Unicode line break is refused,
 * whatever its kind. Passwords are not settings of the project and are not looked at here.
 */
final class SingleLineRules {

    private SingleLineRules() {
    }

    static void check(ClusterProject p, List<Problem> out) {
        for (Field field : Field.values()) {
            if (field.isSecret()) {
                continue;
            }
            if (field.isItem()) {
                List<?> elements = (List<?>) FieldValues.read(field.list().orElseThrow(), p);
                for (int i = 0; i < elements.size(); i++) {
                    Object element = elements.get(i);
                    if (element != null) {
                        check(out, field.at(p, i), FieldValues.readItem(field, element));
                    }
                }
            } else {
                check(out, field.ref(), FieldValues.read(field, p));
            }
        }
    }

    private static void check(List<Problem> out, FieldRef ref, Object value) {
        if (value instanceof String text) {
            LineBreaks.find(text).ifPresent(which -> out.add(Problem.error(ref, ref.field().label() + " contains "
                    + which + "; it must be a single line. Remove the line break.")));
        } else if (value instanceof List<?> values) {
            values.forEach(v -> check(out, ref, v));
        }
    }
}
