package io.eswizard.ansible;

import java.util.ArrayList;
import java.util.List;

/**
 * A small line diff for showing a {@link FileDiff}: lines only before are "-", only after "+",
 * common lines " ". Config files are small; beyond {@link #MAX_LINES} lines it shows the whole
 * before and after instead of aligning them (the LCS table is quadratic).
 */
public final class TextDiff {

    static final int MAX_LINES = 3_000;

    private TextDiff() {
    }

    public static String unified(FileDiff d) {
        if (d.isPrepared()) {
            return d.prepared().stripTrailing();
        }
        String header = "--- " + (d.beforeHeader().isEmpty() ? "before" : d.beforeHeader()) + "\n+++ "
                + (d.afterHeader().isEmpty() ? "after" : d.afterHeader());
        List<String> lines = changedLines(split(d.before()), split(d.after()));
        return header + (lines.isEmpty() ? "" : "\n" + String.join("\n", lines));
    }

    static List<String> changedLines(String[] a, String[] b) {
        List<String> out = new ArrayList<>();
        if ((long) a.length * b.length > (long) MAX_LINES * MAX_LINES / 4) {
            for (String l : a) {
                out.add("-" + l);
            }
            for (String l : b) {
                out.add("+" + l);
            }
            return out;
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add(" " + a[i++]);
                j++;
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add("-" + a[i++]);
            } else {
                out.add("+" + b[j++]);
            }
        }
        return out;
    }

    private static String[] split(String text) {
        // split() drops the empty string after a final newline, which is what a diff wants.
        return text.isEmpty() ? new String[0] : text.split("\n");
    }
}
