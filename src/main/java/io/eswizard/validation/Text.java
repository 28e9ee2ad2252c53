package io.eswizard.validation;

/** Project files may leave strings out; the rules treat a missing string as empty. */
final class Text {

    private Text() {
    }

    static String of(String s) {
        return s == null ? "" : s;
    }
}
