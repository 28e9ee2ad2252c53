package io.eswizard.ui.pages.review;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.Secrets;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import io.eswizard.model.field.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every setting of a project as readable lines, grouped by page and labelled as the pages label
 * them. Reads the catalogue, so a new setting shows up here without changes.
 */
public final class SettingsSummary {

    private SettingsSummary() {
    }

    /** Page title -> "Label: value" lines. */
    public static Map<String, List<String>> of(ClusterProject p, Secrets secrets) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Page page : Page.values()) {
            List<String> lines = new ArrayList<>();
            for (Field f : Field.on(page)) {
                if (f == Field.NODES) {
                    p.nodes().forEach(n -> lines.add(node(n)));
                } else if (f.isSecret()) {
                    lines.add(f.label() + ": " + (hasText(FieldValues.read(f, secrets)) ? "entered (not saved)"
                            : "not entered yet"));
                } else if (!f.isItem()) {
                    lines.add(f.label() + ": " + show(f, FieldValues.read(f, p)));
                }
            }
            if (!lines.isEmpty()) {
                groups.put(page.title(), lines);
            }
        }
        return groups;
    }

    private static String node(EsNode n) {
        return n.name() + " (" + (n.role() == null ? "no role" : n.role().id()) + "): " + orNone(n.address())
                + ", HTTPS port " + n.httpsPort() + ", member port " + n.memberPort() + ", ES_HOME " + n.esHome();
    }

    /** A list of records shows each element with the labels of its columns. */
    private static String show(Field field, Object value) {
        if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Record) {
            List<Field> columns = List.of(Field.values()).stream()
                    .filter(c -> c.list().filter(field::equals).isPresent()).toList();
            return list.stream().map(element -> columns.stream()
                            .map(c -> c.label() + " " + show(c, FieldValues.readItem(c, element)))
                            .collect(Collectors.joining(", ", "[", "]")))
                    .collect(Collectors.joining("; "));
        }
        return show(value);
    }

    private static String show(Object value) {
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "(none)" : list.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase();
        }
        return value == null ? "(inherit)" : orNone(value.toString());
    }

    private static boolean hasText(Object value) {
        return value instanceof String s && !s.isEmpty();
    }

    private static String orNone(String s) {
        return s.isBlank() ? "(empty)" : s;
    }
}
