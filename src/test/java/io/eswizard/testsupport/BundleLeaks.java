package io.eswizard.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eswizard.ansible.SecretScrubber;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads a diagnostics bundle back and looks for passwords in it, in every form, in every entry, binary or not. */
public final class BundleLeaks {

    private BundleLeaks() {
    }

    /** Every entry of a ZIP file, by name. */
    public static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** The forms a password takes, computed here without the app's SecretForms. */
    public static List<String> independentForms(String password) throws IOException {
        List<String> forms = new ArrayList<>();
        forms.add(password);
        forms.add(password.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;"));
        forms.add(password.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"));
        forms.add(URLEncoder.encode(password, StandardCharsets.UTF_8));
        forms.add(URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20"));
        String json = new ObjectMapper().writeValueAsString(password);
        forms.add(json.substring(1, json.length() - 1));
        forms.add(Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8)));
        forms.add(Base64.getEncoder().withoutPadding().encodeToString(password.getBytes(StandardCharsets.UTF_8)));
        return forms;
    }

    /**
     * The entries that hold a password in any form: found with the app's forms (SecretScrubber) and,
     * so that a fault shared by the masking and the search cannot hide, with the forms computed here.
     */
    public static List<String> leaks(Map<String, byte[]> entries, List<String> passwords) throws IOException {
        List<String> leaks = new ArrayList<>();
        SecretScrubber scrubber = new SecretScrubber(passwords);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            byte[] b = e.getValue();
            if (scrubber.appearsIn(b, 0, b.length)) {
                leaks.add(e.getKey() + " (a form of SecretForms)");
            }
            String text = new String(b, StandardCharsets.ISO_8859_1);
            for (String pw : passwords) {
                for (String form : independentForms(pw)) {
                    if (text.contains(new String(form.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
                        leaks.add(e.getKey() + " holds a form of a password, " + form.length() + " characters");
                    }
                }
            }
        }
        return leaks;
    }
}
