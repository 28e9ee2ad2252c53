package io.eswizard.project;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Walks the YAML event stream (no objects are built) and refuses what a project file never
 * contains: tags, anchors and aliases, several documents, deep nesting, huge values and
 * password keys. Also finds the top-level schemaVersion before anything is bound.
 */
final class YamlPrescan {

    static final int MAX_DEPTH = 20;
    static final int MAX_VALUE_LENGTH = 10_000;

    /** The schemaVersion scalar as written, or null when absent; its line for messages. */
    record Result(String schemaVersion, int schemaVersionLine) {
    }

    /** One open mapping or sequence and where the walk is inside it. */
    private static final class Frame {
        final boolean mapping;
        boolean expectKey = true;
        String key;
        int index = -1;

        Frame(boolean mapping) {
            this.mapping = mapping;
        }
    }

    private final String file;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private String schemaVersion;
    private int schemaVersionLine;

    private YamlPrescan(String file) {
        this.file = file;
    }

    static Result scan(String file, String text) throws ProjectFileException {
        return new YamlPrescan(file).run(text);
    }

    private Result run(String text) throws ProjectFileException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(ProjectFiles.MAX_FILE_BYTES);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH);
        Event last = null;
        try {
            Iterator<Event> events = new Yaml(options).parse(new StringReader(text)).iterator();
            int documents = 0;
            boolean sawRoot = false;
            while (events.hasNext()) {
                Event e = events.next();
                last = e;
                if (e instanceof DocumentStartEvent) {
                    if (++documents > 1) {
                        throw error(e.getStartMark(), "",
                                "holds more than one YAML document (a second '---'); a project file is one document");
                    }
                } else if (e instanceof AliasEvent) {
                    throw error(e.getStartMark(), path(), "aliases (*name) are not allowed in project files; "
                            + "write the value out in full");
                } else if (e instanceof NodeEvent node) {
                    if (!sawRoot) {
                        sawRoot = true;
                        if (!(e instanceof MappingStartEvent)) {
                            throw error(e.getStartMark(), "", "expected a mapping of keys (schemaVersion: 1, "
                                    + "name: ..., nodes: ...), found " + (e instanceof ScalarEvent ? "plain text"
                                    : "a list"));
                        }
                    }
                    onNode(node);
                } else if (e.is(Event.ID.MappingEnd) || e.is(Event.ID.SequenceEnd)) {
                    stack.pop();
                    valueDone();
                }
            }
            if (!sawRoot) {
                throw new ProjectFileException(file, 0, 0, "",
                        "the file holds no settings; create a project with 'es-cluster-wizard init FILE'");
            }
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw error(m, "", "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw error(last == null ? null : last.getStartMark(), path(), "not a readable YAML project file: "
                    + e.getMessage());
        }
        return new Result(schemaVersion, schemaVersionLine);
    }

    private void onNode(NodeEvent e) throws ProjectFileException {
        if (e.getAnchor() != null) {
            throw error(e.getStartMark(), path(), "anchors (&" + e.getAnchor()
                    + ") are not allowed in project files; write values out in full");
        }
        String tag = e instanceof ScalarEvent s ? s.getTag()
                : e instanceof CollectionStartEvent c ? c.getTag() : null;
        if (tag != null) {
            throw error(e.getStartMark(), path(), "the YAML tag '" + shorten(tag) + "' is not allowed; project "
                    + "files hold plain values only, remove the tag");
        }
        Frame parent = stack.peek();
        boolean isKey = parent != null && parent.mapping && parent.expectKey;
        if (parent != null && !parent.mapping && !(isKey)) {
            parent.index++;
        }
        if (e instanceof ScalarEvent s) {
            String value = s.getValue();
            if (value.length() > MAX_VALUE_LENGTH) {
                throw error(e.getStartMark(), isKey ? path() : path(), "a value of " + value.length()
                        + " characters; values are at most " + MAX_VALUE_LENGTH + " characters");
            }
            if (isKey) {
                parent.key = value;
                parent.expectKey = false;
                if (value.toLowerCase(Locale.ROOT).contains("password")) {
                    throw error(e.getStartMark(), path(), "passwords are never stored in project files; "
                            + "remove this key and supply passwords with ESW_DB_PASSWORD / ESW_DB_ADMIN_PASSWORD, "
                            + "--secrets-file FILE, or the prompt");
                }
                return;
            }
            if (stack.size() == 1 && "schemaVersion".equals(parent.key)) {
                schemaVersion = value;
                schemaVersionLine = e.getStartMark().getLine() + 1;
            }
            valueDone();
            return;
        }
        if (isKey) {
            throw error(e.getStartMark(), path(), "keys must be plain names, not lists or mappings");
        }
        if (stack.size() >= MAX_DEPTH) {
            throw error(e.getStartMark(), path(), "nested more than " + MAX_DEPTH
                    + " levels deep; a project file is far flatter");
        }
        stack.push(new Frame(e instanceof MappingStartEvent));
    }

    /** A complete value was read: the enclosing mapping expects a key again. */
    private void valueDone() {
        Frame parent = stack.peek();
        if (parent != null && parent.mapping) {
            parent.expectKey = true;
        }
    }

    /** Field path of the current position, e.g. nodes[1].portOffset. */
    private String path() {
        StringBuilder sb = new StringBuilder();
        Iterator<Frame> it = stack.descendingIterator();
        while (it.hasNext()) {
            Frame f = it.next();
            if (f.mapping) {
                if (f.key != null) {
                    if (!sb.isEmpty()) {
                        sb.append('.');
                    }
                    sb.append(f.key);
                }
            } else if (f.index >= 0) {
                sb.append('[').append(f.index).append(']');
            }
        }
        return sb.toString();
    }

    private ProjectFileException error(Mark mark, String fieldPath, String problem) {
        int line = mark == null ? 0 : mark.getLine() + 1;
        int column = mark == null ? 0 : mark.getColumn() + 1;
        return new ProjectFileException(file, line, column, fieldPath, problem);
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
