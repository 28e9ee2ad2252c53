package io.eswizard.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DnsNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"store", "store.es.example.com", "a-b.c1.io", "x1"})
    void acceptsHostNames(String name) {
        assertTrue(DnsNames.isValid(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "store.es.example.com. | trailing dot",
        "store_1.example.com   | contains '_'",
        "store-.example.com    | may not start or end with '-'",
        "st ore.example.com    | contains a space",
        "store.example.com\u00a0 | contains a space",
        "store.123             | ends in a number",
    })
    void refusesWithAReason(String name, String reason) {
        String why = DnsNames.whyInvalid(name).orElseThrow();
        assertTrue(why.contains(reason), why);
    }

    @Test
    void limitsLabelAndNameLength() {
        String label63 = "a".repeat(63);
        assertTrue(DnsNames.isValid(label63 + ".com"));
        assertTrue(DnsNames.whyInvalid("a".repeat(64) + ".com").orElseThrow().contains("longer than 63"));
        String name253 = String.join(".", label63, label63, label63, "a".repeat(61));
        assertTrue(DnsNames.isValid(name253));
        assertTrue(DnsNames.whyInvalid(name253 + "a").orElseThrow().contains("at most 253"));
    }
}
