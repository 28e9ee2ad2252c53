package io.eswizard.ui.pages.review;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.Described;
import io.eswizard.model.EsNode;
import io.eswizard.model.Secrets;
import io.eswizard.model.field.DerivedValues;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import io.eswizard.model.field.Page;
import io.eswizard.model.field.RunPasswords;
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

    /** Page title -> "Label: value" lines, with the passwords a run needs and where each comes from. */
    public static Map<String, List<String>> of(ClusterProject p, Secrets secrets, boolean sudoAnswered) {
        Secrets s = secrets == null ? Secrets.NONE : secrets;
        List<Field> needed = RunPasswords.forRun(p);
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Page page : Page.values()) {
            List<String> lines = new ArrayList<>();
            for (Field f : Field.on(page)) {
                if (f == Field.NODES) {
                    p.nodes().forEach(n -> lines.add(node(n)));
                } else if (f.isSecret()) {
                    if (needed.contains(f)) {
                        lines.add(f.label() + ": " + password(f, s, sudoAnswered));
                    }
                } else if (DerivedValues.isDerived(f) && !hasText(FieldValues.read(f, p))) {
                    lines.add(f.label() + ": " + DerivedValues.of(f, p).orElseThrow() + " (derived)");
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

    /** A password's state, once: given (never saved), none (sudo without one), or asked for before a run. */
    private static String password(Field f, Secrets s, boolean sudoAnswered) {
        if (f == Field.BECOME_PASSWORD) {
            int own = s.becomePasswords().size();
            String perMachine = own == 0 ? "" : "; " + own + (own == 1 ? " machine has" : " machines have")
                    + " its own";
            if (!s.becomePassword().isEmpty()) {
                return "entered (not saved)" + perMachine;
            }
            return (sudoAnswered ? "none: sudo asks for no password" : "asked for before the run") + perMachine;
        }
        return hasText(FieldValues.read(f, s)) ? "entered (not saved)" : "asked for before the run";
    }

    private static String node(EsNode n) {
        return n.name() + " (" + (n.role() == null ? "no role" : n.role().label()) + "): " + orNone(n.address())
                + ", HTTPS port " + n.httpsPort() + ", member port " + n.memberPort() + ", ES_HOME " + n.esHome();
    }

    /** A list of records shows each element with the labels of its columns that have a value. */
    private static String show(Field field, Object value) {
        if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Record) {
            List<Field> columns = List.of(Field.values()).stream()
                    .filter(c -> c.list().filter(field::equals).isPresent()).toList();
            // a column left empty takes the value every machine has: not repeated here
            return list.stream().map(element -> columns.stream()
                            .filter(c -> FieldValues.readItem(c, element) != null)
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
        if (value instanceof Described d) {
            return d.label();
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(java.util.Locale.ROOT);
        }
        return value == null ? "(as for every machine)" : orNone(value.toString());
    }

    private static boolean hasText(Object value) {
        return value instanceof String s && !s.isEmpty();
    }

    private static String orNone(String s) {
        return s.isBlank() ? "(not set)" : s;
    }
}
