package io.eswizard.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.5", "0.0.0.0", "255.255.255.255", "::1", "fe80::1", "2001:db8::8a2e:370:7334",
        "1:2:3:4:5:6:7:8", "::ffff:10.0.0.5", "db", "db-1.example.com", "localhost", "A1.Example.ORG"})
    void acceptsBareAddresses(String address) {
        assertEquals(Optional.empty(), AddressSyntax.whyInvalid(address));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://10.0.0.5     | is a URL",
        "http://db.example.com| without http:// or https://",
        "10.0.0.5:3306        | contains a port",
        "db.example.com:22    | the port has its own field",
        "[::1]                | brackets",
        "[::1]:22             | brackets",
        "10.0.0.0/24          | contains '/'",
        "admin@10.0.0.5       | contains '@'",
        "10.0.0.256           | not a valid IPv4 address",
        "10.0.5               | four numbers from 0 to 255",
        "010.0.0.5            | not a valid IPv4 address",
        "1:2:3:4:5:6:7:8:9    | not a valid IPv6 address",
        "1::2::3              | not a valid IPv6 address",
        "fe80::1%eth0         | not a valid IPv6 address",
        "db_1.example.com     | contains '_'",
        "-db.example.com      | may not start or end with '-'",
        "db..example.com      | empty part",
    })
    void refusesWithAReason(String address, String reason) {
        String why = AddressSyntax.whyInvalid(address).orElseThrow();
        assertTrue(why.contains(reason), why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.5 ", "10.0 .0.5", " db"})
    void refusesSpaces(String address) {
        assertTrue(AddressSyntax.whyInvalid(address).orElseThrow().contains("spaces"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.30", "127.255.255.254", "::1", "0:0:0:0:0:0:0:1", "localhost",
        "LOCALHOST", "es.localhost"})
    void recognisesLoopback(String address) {
        assertTrue(AddressSyntax.isLoopback(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "128.0.0.1", "::2", "1::", "localhost.example.com", "db"})
    void otherAddressesAreNotLoopback(String address) {
        assertFalse(AddressSyntax.isLoopback(address));
    }
}
