package io.eswizard.ui.components;

import javafx.util.StringConverter;

/** Converters for table cells. */
public final class Converters {

    private Converters() {
    }

    public static StringConverter<String> plain() {
        return new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : s;
            }

            @Override
            public String fromString(String s) {
                return s.strip();
            }
        };
    }

    /** Digits only; anything else becomes 0, which the validator reports. */
    public static StringConverter<Integer> integer() {
        return new StringConverter<>() {
            @Override
            public String toString(Integer i) {
                return i == null ? "" : i.toString();
            }

            @Override
            public Integer fromString(String s) {
                String digits = s.strip();
                return digits.matches("\\d{1,9}") ? Integer.valueOf(digits) : 0;
            }
        };
    }
}
