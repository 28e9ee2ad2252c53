package io.eswizard.ansible;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The table both maskers must pass: src/test/resources/masking/cases.json. */
final class MaskingCases {

    static final String RESOURCE = "/masking/cases.json";

    record Case(String name, List<String> secrets, String text, String masked) {
        @Override
        public String toString() {
            return name;
        }
    }

    private MaskingCases() {
    }

    static List<Case> load() {
        try (InputStream in = MaskingCases.class.getResourceAsStream(RESOURCE)) {
            JsonNode root = new ObjectMapper().readTree(in);
            if (!SecretScrubber.MASK.equals(root.path("mask").asText())) {
                throw new IllegalStateException(RESOURCE + " is written for another mask");
            }
            List<Case> out = new ArrayList<>();
            for (JsonNode c : root.path("cases")) {
                List<String> secrets = new ArrayList<>();
                c.path("secrets").forEach(s -> secrets.add(s.asText()));
                out.add(new Case(c.path("name").asText(), secrets, c.path("text").asText(), c.path("masked").asText()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
