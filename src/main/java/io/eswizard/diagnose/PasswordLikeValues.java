package io.eswizard.diagnose;

import io.eswizard.ansible.SecretScrubber;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what looks like a password or key material in a text, whether or not the app knows it:
 * the text of XML elements named like a password ({@code <Password>}, {@code <KeyPassword>}, a
 * {@code <Property name="ConnectionPassword">}), attributes named so ({@code keystorePass="…"}),
 * values of such keys in properties, YAML, JSON, INI files and URLs ({@code password=…} in a JDBC
 * URL), and PEM private key blocks. Each masked value becomes {@link SecretScrubber#MASK}.
 */
public final class PasswordLikeValues {

    /** A name that ends like a password's: Password, keystorePass, passwd, pwd, secret, passphrase. */
    static final String NAME = "[A-Za-z0-9_.:-]*?(?:[Pp]ass(?:word|wd|phrase)?|PASS(?:WORD|WD|PHRASE)?|[Pp]wd|PWD"
            + "|[Ss]ecret|SECRET)";
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]*PRIVATE KEY)-----.*?(?:-----END \\1-----|\\z)", Pattern.DOTALL);
    /** An element with a password-like name, or a name attribute that is one, and text only. */
    private static final Pattern ELEMENT = Pattern.compile(
            "(<(" + NAME + ")(?:\\s[^>]*)?>|<([A-Za-z_][\\w.:-]*)\\s[^>]*?\\bname\\s*=\\s*[\"']" + NAME
                    + "[\"'][^>]*>)([^<]+)(</)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(\\s" + NAME + "\\s*=\\s*)(\"[^\"]*\"|'[^']*')", Pattern.CASE_INSENSITIVE);
    /** key=value, key: value, "key": "value", and URL parameters. */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "((?<![\\w.-])[\"']?" + NAME + "[\"']?[ \\t]*[:=][ \\t]*)(\"(?:[^\"\\\\\\n]|\\\\.)*\"|'[^'\\n]*'"
                    + "|[^\\s,;&<>\"'{}\\[\\]]+)", Pattern.CASE_INSENSITIVE);

    /** The text with each such value masked, and how many were. */
    public record Masked(String text, int count) {
    }

    private PasswordLikeValues() {
    }

    public static Masked mask(String text) {
        int[] count = {0};
        String out = replace(PEM, text, m -> {
            count[0]++;
            return "-----BEGIN " + m.group(1) + "-----\n" + SecretScrubber.MASK + " (private key removed)\n-----END "
                    + m.group(1) + "-----";
        });
        out = replace(ELEMENT, out, m -> {
            if (isMask(m.group(4).trim()) || m.group(4).isBlank()) {
                return m.group();
            }
            count[0]++;
            return m.group(1) + SecretScrubber.MASK + m.group(5);
        });
        out = replace(ATTRIBUTE, out, m -> {
            String quoted = m.group(2);
            if (quoted.length() <= 2 || isMask(quoted.substring(1, quoted.length() - 1))) {
                return m.group();
            }
            count[0]++;
            return m.group(1) + quoted.charAt(0) + SecretScrubber.MASK + quoted.charAt(0);
        });
        out = replace(KEY_VALUE, out, m -> {
            String value = m.group(2);
            boolean quoted = value.startsWith("\"") || value.startsWith("'");
            String inner = quoted ? value.substring(1, value.length() - 1) : value;
            if (inner.isEmpty() || isMask(inner)) {
                return m.group();
            }
            count[0]++;
            return m.group(1) + (quoted ? value.charAt(0) + SecretScrubber.MASK + value.charAt(0) : SecretScrubber.MASK);
        });
        return new Masked(out, count[0]);
    }

    private static boolean isMask(String value) {
        return value.equals(SecretScrubber.MASK);
    }

    private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
