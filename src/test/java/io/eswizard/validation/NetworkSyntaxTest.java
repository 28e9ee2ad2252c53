package io.eswizard.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/8", "192.168.1.0/24", "10.0.0.5/32", "0.0.0.0/0", "2001:db8::/32", "::1/128",
        "fe80::/10", "::/0", "::ffff:10.0.0.0/120", "1:2:3:4:5:6:7:8/128"})
    void acceptsNetworks(String network) {
        assertEquals(Optional.empty(), NetworkSyntax.whyInvalid(network));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10.0.0.5             | no prefix length; write a network as address/length, e.g. 10.0.0.0/24 (one machine: 10.0.0.5/32)",
        "2001:db8::5          | (one machine: 2001:db8::5/128)",
        "10.0.0.0/            | a number from 0 to 32",
        "10.0.0.0/33          | a number from 0 to 32",
        "2001:db8::/129       | a number from 0 to 128",
        "10.0.0.0/08          | a number from 0 to 32",
        "10.0.0.0/-1          | a number from 0 to 32",
        "10.0.0.0/x           | a number from 0 to 32",
        "10.0.0.5/24          | sets bits after the first 24; the network is 10.0.0.0/24",
        "192.168.77.130/25    | the network is 192.168.77.128/25",
        "2001:db8::1/64       | the network is 2001:db8:0:0:0:0:0:0/64",
        "::ffff:10.0.0.5/120  | the network is 0:0:0:0:0:ffff:a00:0/120",
        "office.example.com/24| does not start with an IPv4 or IPv6 address",
        "10.0.0.256/24        | does not start with an IPv4 or IPv6 address",
        "https://10.0.0.0/24  | does not start with an IPv4 or IPv6 address",
    })
    void refusesWithAReason(String network, String reason) {
        String why = NetworkSyntax.whyInvalid(network).orElseThrow();
        assertTrue(why.contains(reason), why);
    }

    @Test
    void refusesSpacesAndNothing() {
        assertTrue(NetworkSyntax.whyInvalid("10.0.0.0/8 10.1.0.0/16").orElseThrow().contains("separate networks with"
                + " commas"));
        assertEquals(Optional.of("is empty"), NetworkSyntax.whyInvalid(" "));
    }

    @Test
    void everyAddressIsRecognised() {
        assertTrue(NetworkSyntax.isEverywhere("0.0.0.0/0"));
        assertTrue(NetworkSyntax.isEverywhere("::/0"));
        assertFalse(NetworkSyntax.isEverywhere("10.0.0.0/8"));
        assertFalse(NetworkSyntax.isEverywhere("10.0.0.1/0"), "not a network: its bits are set");
    }
}
