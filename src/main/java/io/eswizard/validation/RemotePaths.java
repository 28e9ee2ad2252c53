package io.eswizard.validation;

import io.eswizard.model.field.FieldRef;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Paths on the target machines (ES_HOME, IS_HOME, JAVA_HOME, the scripts' ES_HOME, the Python
 * interpreter): only their form can be checked here. They reach shells, templates and file modules, so
 * the form is strict: absolute and normalised (no '.', '..' or empty segments, no '/' at the end), and
 * only letters, digits and '/', '.', '_', '-', '+': no space and no character a shell or a Jinja template
 * would read ($ ` ' " ; &amp; | &lt; &gt; ( ) { } [ ] \ * ? ! # ~ % and the like). A folder the playbook
 * owns is never a folder of the system.
 */
public final class RemotePaths {

    /** What a path may hold, in the words of a message. */
    static final String ALLOWED = "letters, digits and '/', '.', '_', '-', '+'";
    private static final Pattern PATH_CHARACTER = Pattern.compile("[\\p{L}\\p{N}/._+-]");

    private RemotePaths() {
    }

    /**
     * Adds an error unless {@code value} is a folder of its own: a strict path that is no system folder.
     * {@code what} starts the sentence, e.g. "ES_HOME of store-1".
     */
    static void checkFolder(List<Problem> out, FieldRef path, String what, String value, String example) {
        if (value.isBlank()) {
            out.add(Problem.error(path, what + " is empty. Enter the folder on the target machine, e.g. "
                    + example + "."));
            return;
        }
        if (value.equals("/")) {
            out.add(Problem.error(path, what + " is the root folder '/'; the playbook would write files all over "
                    + "the machine. Use a folder of its own, e.g. " + example + "."));
            return;
        }
        Optional<String> why = whyNotStrict(value)
                .or(() -> SystemFolders.describe(value.replaceAll("/+$", "")).map(system -> system
                        + "; the playbook gives the server account ownership of the folder and everything in"
                        + " it, so it must be a folder of its own"))
                .or(() -> whyNotNormalised(value));
        why.ifPresent(w -> out.add(Problem.error(path, what + " '" + value + "' " + w + ". Use e.g. " + example
                + ".")));
    }

    /** Adds an error unless {@code value} is a strict absolute path of a program, e.g. /usr/bin/python3. */
    static void checkProgram(List<Problem> out, FieldRef path, String what, String value, String example) {
        whyNotStrictPath(value).ifPresent(w -> out.add(Problem.error(path,
                what + " '" + value + "' " + w + ". Enter the program's full path, e.g. " + example + ".")));
    }

    /**
     * Why {@code value} cannot be a path on the machines, whatever it names: not absolute, a character
     * other than {@link #ALLOWED}, or not normalised; the end of a sentence, empty when it can.
     */
    public static Optional<String> whyNotStrictPath(String value) {
        return whyNotStrict(value).or(() -> whyNotNormalised(value));
    }

    /** Absolute, and only {@link #ALLOWED} characters; the end of a sentence when not. */
    private static Optional<String> whyNotStrict(String value) {
        if (!value.startsWith("/")) {
            return Optional.of("is not an absolute path, so it would depend on the login folder. Start it"
                    + " with '/'");
        }
        int bad = value.codePoints().filter(c -> !PATH_CHARACTER.matcher(Character.toString(c)).matches())
                .findFirst().orElse(-1);
        if (bad < 0) {
            return Optional.empty();
        }
        String which = Character.isWhitespace(bad) || Character.isSpaceChar(bad) ? "a space"
                : Character.isISOControl(bad) || Character.getType(bad) == Character.FORMAT
                ? String.format("the control character U+%04X", bad) : "'" + Character.toString(bad) + "'";
        return Optional.of("contains " + which + ", which a shell or a template on the machine would read as"
                + " more than a name; a path may only use " + ALLOWED);
    }

    /** No '.', '..' or empty segment and no '/' at the end; the end of a sentence when not. */
    private static Optional<String> whyNotNormalised(String value) {
        if (value.length() > 1 && value.endsWith("/")) {
            return Optional.of("ends with '/'; write it without, as " + value.replaceAll("/+$", ""));
        }
        for (String segment : value.substring(1).split("/", -1)) {
            if (segment.isEmpty()) {
                return Optional.of("contains '//'; write a single '/' between folders");
            }
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("contains a '" + segment + "' segment; write the folder it means in full,"
                        + " without '.' or '..'");
            }
        }
        return Optional.empty();
    }
}
