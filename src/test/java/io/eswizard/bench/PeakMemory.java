package io.eswizard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Watches one process's memory in {@code /proc/PID/status} until it ends: the kernel's own peak of
 * resident memory ({@code VmHWM}, exact) and the largest {@code VmRSS} seen (sampled). A launcher
 * script that {@code exec}s java keeps its PID, so the figures are the JVM's; the last command line
 * seen tells which program they belong to.
 */
final class PeakMemory {

    private static final long SAMPLE_MILLIS = 5;

    private final Path status;
    private final Path cmdline;
    private long hwmKb;
    private long rssKb;
    private String command = "";

    private PeakMemory(long pid) {
        this.status = Path.of("/proc", Long.toString(pid), "status");
        this.cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
    }

    /** Samples the process until it has exited; the caller then reaps it. */
    static PeakMemory watch(Process process) throws InterruptedException {
        PeakMemory peak = new PeakMemory(process.pid());
        while (process.isAlive()) {
            peak.sample();
            Thread.sleep(SAMPLE_MILLIS);
        }
        return peak;
    }

    private void sample() {
        String text;
        try {
            text = Files.readString(status, StandardCharsets.UTF_8);
            byte[] args = Files.readAllBytes(cmdline);
            if (args.length > 0) {
                command = new String(args, StandardCharsets.UTF_8).replace('\0', ' ').strip();
            }
        } catch (IOException e) {
            // Gone between the check and the read.
            return;
        }
        for (String line : text.split("\n")) {
            if (line.startsWith("VmHWM:")) {
                hwmKb = Math.max(hwmKb, kilobytes(line));
            } else if (line.startsWith("VmRSS:")) {
                rssKb = Math.max(rssKb, kilobytes(line));
            }
        }
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    /** Peak resident memory in MB (VmHWM). */
    double peakMb() {
        return hwmKb / 1024.0;
    }

    /** Largest VmRSS seen in MB. */
    double sampledRssMb() {
        return rssKb / 1024.0;
    }

    /** The process's last command line seen (after a launcher's exec: java and its flags). */
    String command() {
        return command;
    }
}
