package io.eswizard.validation;

import java.util.regex.Pattern;

/**
 * What a project name may be: letters (any script), digits, spaces and '.', '_', '-', starting with a
 * letter or digit, without a space at the end, and at most {@value #MAX} characters. The generated files
 * carry it in comments and the window in its title.
 */
public final class ProjectNames {

    static final int MAX = 64;
    static final String RULE = "letters, digits, spaces and '.', '_', '-', starting with a letter or digit and"
            + " without a space at the end";
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*");
    private static final Pattern NOT_IN_NAME = Pattern.compile("[^\\p{L}\\p{N} ._-]");

    private ProjectNames() {
    }

    /** Whether {@code name} keeps to the character rule; its length is checked apart. */
    static boolean hasValidCharacters(String name) {
        return NAME.matcher(name).matches() && !name.endsWith(" ");
    }

    static int length(String name) {
        return name.codePointCount(0, name.length());
    }

    /** {@code raw} (e.g. a file's name) as a valid project name: other characters become '-'. */
    public static String suggest(String raw) {
        String name = NOT_IN_NAME.matcher(raw == null ? "" : raw).replaceAll("-").strip()
                .replaceAll("^[ ._-]+", "");
        if (length(name) > MAX) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX)).strip();
        }
        return name.isEmpty() ? "cluster" : name;
    }
}
