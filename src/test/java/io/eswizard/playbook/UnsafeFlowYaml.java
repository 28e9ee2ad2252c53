package io.eswizard.playbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes maps, lists and scalars as YAML flow collections in which every string carries
 * {@code !unsafe}, so that a value such as {@code {{x}}} reaches the module literally, as the
 * generator's variables do.
 */
final class UnsafeFlowYaml {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UnsafeFlowYaml() {
    }

    static String of(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> quoted(String.valueOf(e.getKey())) + ": " + of(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(UnsafeFlowYaml::of).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof String s) {
            return "!unsafe " + quoted(s);
        }
        return String.valueOf(value);
    }

    /** A JSON string is a YAML double-quoted scalar (control characters escaped as \\uXXXX). */
    static String quoted(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
