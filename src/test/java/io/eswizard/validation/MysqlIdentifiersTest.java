package io.eswizard.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MysqlIdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"WSO2REG_DB", "es$reg", "db1", "1db", "_"})
    void acceptsDatabaseNames(String name) {
        assertTrue(MysqlIdentifiers.whyInvalidDatabase(name).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''        | is empty",
        "123       | only digits",
        "reg-db    | letters, digits, '_' and '$'",
        "reg db    | letters, digits, '_' and '$'",
        "reg`db    | letters, digits, '_' and '$'",
    })
    void refusesDatabaseNames(String name, String reason) {
        assertTrue(MysqlIdentifiers.whyInvalidDatabase(name).orElseThrow().contains(reason));
    }

    @org.junit.jupiter.api.Test
    void databaseNamesUpTo64Characters() {
        assertTrue(MysqlIdentifiers.whyInvalidDatabase("d".repeat(64)).isEmpty());
        assertTrue(MysqlIdentifiers.whyInvalidDatabase("d".repeat(65)).orElseThrow().contains("at most 64"));
    }

    @org.junit.jupiter.api.Test
    void userNamesUpTo32CharactersAndSafeCharacters() {
        assertTrue(MysqlIdentifiers.whyInvalidUser("wso2es").isEmpty());
        assertTrue(MysqlIdentifiers.whyInvalidUser("u".repeat(32)).isEmpty());
        assertTrue(MysqlIdentifiers.whyInvalidUser("u".repeat(33)).orElseThrow().contains("at most 32"));
        assertTrue(MysqlIdentifiers.whyInvalidUser("es'user").orElseThrow().contains("letters, digits"));
        assertTrue(MysqlIdentifiers.whyInvalidUser("").orElseThrow().contains("is empty"));
    }
}
