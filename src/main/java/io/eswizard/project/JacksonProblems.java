package io.eswizard.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's exceptions into one plain sentence naming the line, field and what is expected. */
final class JacksonProblems {

    private static final Pattern MISSING = Pattern.compile("Missing (?:required )?creator property '([^']+)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']+)'");

    private JacksonProblems() {
    }

    static ProjectFileException translate(String file, IOException e) {
        JsonLocation at = e instanceof JsonProcessingException jpe ? jpe.getLocation() : null;
        int line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr();
        int column = at == null || at.getColumnNr() < 1 ? 0 : at.getColumnNr();
        String path = e instanceof JsonMappingException jme ? path(jme.getPath()) : "";
        String raw = String.valueOf(e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage());
        String problem;
        if (e instanceof UnrecognizedPropertyException u) {
            problem = "unknown key '" + u.getPropertyName() + "'" + known(u.getKnownPropertyIds())
                    + "; check its spelling and indentation";
        } else if (e instanceof InvalidNullException n) {
            problem = "needs a value (found nothing); write " + n.getPropertyName() + ": <value>";
        } else if (e instanceof InvalidFormatException f) {
            problem = "expected " + expected(f.getTargetType()) + ", found " + quote(f.getValue());
        } else if (MISSING.matcher(raw).find()) {
            Matcher m = MISSING.matcher(raw);
            m.find();
            String field = m.group(1);
            if (!path.endsWith(field)) {
                path = path.isEmpty() ? field : path + "." + field;
            }
            problem = "missing or misspelled; every setting must be present (write " + field + ": <value>)";
        } else if (e instanceof MismatchedInputException mi) {
            problem = "expected " + expected(mi.getTargetType()) + ", found " + found(mi.getProcessor());
        } else if (DUPLICATE.matcher(raw).find()) {
            Matcher m = DUPLICATE.matcher(raw);
            m.find();
            problem = "the key '" + m.group(1) + "' appears twice in the same section; keep one";
        } else if (raw.contains("out of range")) {
            problem = "the number is too large; " + firstSentence(raw);
        } else {
            problem = "cannot read this: " + firstSentence(raw);
        }
        return new ProjectFileException(file, line, column, path, problem);
    }

    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        TreeSet<String> names = new TreeSet<>();
        ids.forEach(id -> names.add(String.valueOf(id)));
        names.remove(ProjectFiles.SCHEMA_VERSION_KEY);
        return " (known keys here: " + String.join(", ", names) + ")";
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type.isEnum()) {
            return "one of " + ProjectMapper.choices(type);
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list (lines starting with '- ')";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a section of 'key: value' lines";
        }
        return "a " + type.getSimpleName();
    }

    private static String found(Object processor) {
        if (!(processor instanceof JsonParser p)) {
            return "something else";
        }
        JsonToken t = p.currentToken();
        if (t == null) {
            return "the end of the file";
        }
        try {
            return switch (t) {
                case START_ARRAY -> "a list";
                case START_OBJECT -> "a section of 'key: value' lines";
                case VALUE_STRING -> quote(p.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
                case VALUE_TRUE, VALUE_FALSE -> p.getText();
                case VALUE_NULL -> "nothing";
                default -> "'" + p.getText() + "'";
            };
        } catch (IOException ex) {
            return "something else";
        }
    }

    private static String quote(Object value) {
        String s = String.valueOf(value);
        if (s.length() > 60) {
            s = s.substring(0, 60) + "...";
        }
        return "\"" + s.replace("\n", "\\n") + "\"";
    }

    private static String firstSentence(String raw) {
        String s = raw.split("\n", 2)[0];
        int at = s.indexOf(" at [Source");
        return at > 0 ? s.substring(0, at) : s;
    }
}
