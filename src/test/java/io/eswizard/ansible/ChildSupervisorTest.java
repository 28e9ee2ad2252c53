package io.eswizard.ansible;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor every Ansible command runs under, driven directly: the app's end is its pipe closing. */
@Timeout(60)
class ChildSupervisorTest {

    @TempDir
    Path dir;

    @Test
    void aCommandThatEndsPassesOnItsStatusAndOutputAndItsFilesGo() throws Exception {
        Path secret = Files.writeString(dir.resolve("vars with space.yml"), "x: 1\n");
        Process p = ChildSupervisor.processBuilder(List.of("bash", "-c", "read -r line; echo \"read $? [$line]\"; "
                + "echo to-stderr >&2; exit 7"), dir, List.of(secret)).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        assertEquals(7, p.exitValue());
        assertEquals("read 1 []\nto-stderr\n", out, "the command reads nothing: its input is /dev/null");
        assertFalse(Files.exists(secret));
    }

    @Test
    void whenThePipeClosesTheWholeGroupEndsAndTheFilesGo() throws Exception {
        Path secret = Files.writeString(dir.resolve("secrets.yml"), "x: 1\n");
        Process p = ChildSupervisor.processBuilder(List.of("bash", "-c",
                "sleep 300 & echo \"$! $$\" > pids.tmp; mv pids.tmp pids.txt; wait"), dir, List.of(secret)).start();
        try {
            List<Long> pids = pids(dir.resolve("pids.txt"));
            assertTrue(pids.stream().allMatch(ChildSupervisorTest::alive));
            long closed = System.nanoTime();
            p.getOutputStream().close();
            while ((Files.exists(secret) || pids.stream().anyMatch(ChildSupervisorTest::alive))
                    && System.nanoTime() - closed < Duration.ofSeconds(5).toNanos()) {
                Thread.sleep(10);
            }
            assertFalse(Files.exists(secret));
            assertTrue(pids.stream().noneMatch(ChildSupervisorTest::alive), "the command and its child end");
            assertTrue(p.waitFor(5, TimeUnit.SECONDS), "the supervisor ends with its command");
        } finally {
            ProcessTree.destroy(p, 1_000);
        }
    }

    /** Ctrl-C or a closed terminal signals the app's process group: the supervisor outlives it and still cleans up. */
    @Test
    void signalsToTheAppsProcessGroupLeaveTheSupervisorToDoItsJob() throws Exception {
        Path secret = Files.writeString(dir.resolve("secrets.yml"), "x: 1\n");
        Process p = ChildSupervisor.processBuilder(List.of("bash", "-c",
                "sleep 300 & echo \"$! $$\" > pids.tmp; mv pids.tmp pids.txt; wait"), dir, List.of(secret)).start();
        try {
            List<Long> pids = pids(dir.resolve("pids.txt"));
            String group = processGroup(p.pid());
            List<Long> inAppsGroup = java.util.stream.Stream.concat(java.util.stream.Stream.of(p.toHandle()),
                    p.descendants()).map(ProcessHandle::pid).filter(pid -> group.equals(processGroup(pid))).toList();
            assertTrue(inAppsGroup.size() >= 2, "the supervisor and its watcher: " + inAppsGroup);
            for (String signal : List.of("INT", "HUP", "QUIT")) {
                for (long pid : inAppsGroup) {
                    new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor();
                }
            }
            Thread.sleep(500);
            assertTrue(inAppsGroup.stream().allMatch(ChildSupervisorTest::alive), "the supervisor and watcher live on");
            assertTrue(pids.stream().allMatch(ChildSupervisorTest::alive), "the command runs on until the app ends");
            p.getOutputStream().close();
            long closed = System.nanoTime();
            while ((Files.exists(secret) || pids.stream().anyMatch(ChildSupervisorTest::alive))
                    && System.nanoTime() - closed < Duration.ofSeconds(5).toNanos()) {
                Thread.sleep(10);
            }
            assertFalse(Files.exists(secret));
            assertTrue(pids.stream().noneMatch(ChildSupervisorTest::alive), "the command and its child end");
        } finally {
            ProcessTree.destroy(p, 1_000);
        }
    }

    private static String processGroup(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[2];
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    void aPathWithALineBreakIsRefusedWithTheReason() {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> ChildSupervisor.processBuilder(List.of("true"), dir, List.of(dir.resolve("a\nb"))));
        assertTrue(e.getMessage().contains("has a line break"), e.getMessage());
    }

    /** Every process the core starts is an Ansible command under the supervisor; the importer sees its one call. */
    @Test
    void noOtherCoreClassStartsAProcess() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.eswizard");
        noClasses().that().resideOutsideOfPackage("io.eswizard.ui..")
                .and().doNotHaveFullyQualifiedName(ChildSupervisor.class.getName())
                .should().callConstructor(ProcessBuilder.class, List.class)
                .orShould().callConstructor(ProcessBuilder.class, String[].class)
                .check(main);
        classes().that().haveFullyQualifiedName(ChildSupervisor.class.getName())
                .should().callConstructor(ProcessBuilder.class, List.class)
                .check(main);
    }

    private static List<Long> pids(Path file) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.exists(file)) {
            assertTrue(System.nanoTime() < deadline, "the command did not start");
            Thread.sleep(10);
        }
        return java.util.Arrays.stream(Files.readString(file).strip().split(" ")).map(Long::parseLong).toList();
    }

    /** Alive and not a zombie. */
    static boolean alive(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return false;
        }
    }
}
