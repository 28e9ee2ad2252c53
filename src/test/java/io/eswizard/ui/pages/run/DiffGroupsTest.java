package io.eswizard.ui.pages.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.FileDiff;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A dry run's diffs listed per machine, each file once with its whole diff. */
class DiffGroupsTest {

    static FileDiff diff(String host, String task, String file, String before, String after) {
        return new FileDiff(host, task, file, file, file, before, after, "");
    }

    @Test
    void filesAreListedPerMachineByNameEachInTheOrderTheRunReportedThem() {
        List<FileDiff> diffs = List.of(
                diff("store-1", "es_node : registry.xml", "/es/store-1/repository/conf/registry.xml", "a\n", "b\n"),
                diff("publisher-1", "es_node : carbon.xml", "/es/p1/repository/conf/carbon.xml", "x\ny\n", "x\nz\n"),
                diff("store-1", "es_node : carbon.xml", "/es/store-1/repository/conf/carbon.xml", "", "new\n"),
                diff("store-1", "es_node : registry.xml again", "/es/store-1/repository/conf/registry.xml", "b\n",
                        "c\n"));
        Map<String, List<DiffGroups.ChangedFile>> byHost = DiffGroups.byHost(diffs);
        assertEquals(List.of("publisher-1", "store-1"), List.copyOf(byHost.keySet()));
        List<DiffGroups.ChangedFile> store = byHost.get("store-1");
        assertEquals(List.of("/es/store-1/repository/conf/registry.xml", "/es/store-1/repository/conf/carbon.xml"),
                store.stream().map(DiffGroups.ChangedFile::file).toList());
        assertEquals(2, store.get(0).diffs().size(), "two tasks touched registry.xml: one entry, both diffs");
        String text = store.get(0).text();
        assertTrue(text.startsWith("# task: es_node : registry.xml\n--- "), text);
        assertTrue(text.contains("\n-a\n+b") && text.contains("\n-b\n+c"), text);
        assertArrayEquals(new int[] {2, 2}, store.get(0).counts());
        assertArrayEquals(new int[] {1, 1}, byHost.get("publisher-1").get(0).counts(), "one line changed, one kept");
    }

    @Test
    void theListShowsTheFileNameAndTheDiffStartsAtItsFirstChange() {
        assertEquals("registry.xml", DiffViewer.fileName("/opt/es/wso2es-2.1.0/repository/conf/registry.xml"));
        assertEquals("hosts", DiffViewer.fileName("/etc/hosts"));
        assertEquals(4, DiffViewer.firstChange(List.of("# task: t", "--- a", "+++ b", " same", "-old", "+new")));
        assertEquals(0, DiffViewer.firstChange(List.of("--- a", "+++ b", " same")));
    }
}
