package io.eswizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README stays short and the pages under docs/ stay readable, linked and free of history words. */
class DocsTest {

    private static final Path README = Path.of("README.md");
    private static final Path DOCS = Path.of("docs");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
    private static final Pattern HISTORY = Pattern.compile("(?i)\\b(now|used to)\\b");

    @Test
    void theReadmeFitsInAHundredAndFiftyLines() throws IOException {
        List<String> lines = Files.readAllLines(README);
        assertTrue(lines.size() > 20 && lines.size() <= 150, "README.md has " + lines.size() + " lines");
    }

    @Test
    void noLineIsOverAHundredAndTwentyCharactersOutsideTables() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path page : pages()) {
            List<String> lines = Files.readAllLines(page);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.length() > 120 && !line.startsWith("|")) {
                    tooLong.add(page + ":" + (i + 1) + " (" + line.length() + ")");
                }
            }
        }
        assertEquals(List.of(), tooLong);
    }

    @Test
    void everyRelativeLinkLeadsToAFile() throws IOException {
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path page : pages()) {
            Matcher m = LINK.matcher(Files.readString(page));
            while (m.find()) {
                String target = m.group(1);
                if (target.startsWith("http")) {
                    continue;
                }
                links++;
                if (!Files.exists(page.toAbsolutePath().getParent().resolve(target))) {
                    broken.add(page + " → " + target);
                }
            }
        }
        assertTrue(links > 30, "found only " + links + " links");
        assertEquals(List.of(), broken);
    }

    @Test
    void theDocsSayHowThingsAreNotHowTheyWere() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path page : pages()) {
            if (page.startsWith(DOCS)) {
                List<String> lines = Files.readAllLines(page);
                for (int i = 0; i < lines.size(); i++) {
                    if (HISTORY.matcher(lines.get(i)).find()) {
                        found.add(page + ":" + (i + 1) + ": " + lines.get(i));
                    }
                }
            }
        }
        assertEquals(List.of(), found);
        assertTrue(HISTORY.matcher("it now runs").find(), "the pattern must find a history word");
    }

    /** README.md and every page under docs/: the pages the README's table promises. */
    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(README));
        try (Stream<Path> docs = Files.list(DOCS)) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        for (String page : List.of("user-guide", "cli", "security", "day-two", "testing", "benchmarks",
                "architecture")) {
            assertTrue(pages.contains(DOCS.resolve(page + ".md")), "docs/" + page + ".md is missing");
        }
        return pages;
    }
}
