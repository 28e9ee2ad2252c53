package io.eswizard.playbook;

import java.util.ArrayList;
import java.util.List;

/** The lines one text removes from and adds to another (longest common subsequence of lines). */
record LineDiff(List<String> removed, List<String> added) {

    /** Lines keep their line break, so that a CRLF turned into LF counts as a change. */
    static LineDiff of(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                added.add(b.get(j++));
            } else {
                removed.add(a.get(i++));
            }
        }
        return new LineDiff(removed, added);
    }

    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                out.add(text.substring(start, k + 1));
                start = k + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Length of the longest added line, without its line break. */
    int longestAdded() {
        return added.stream().mapToInt(l -> l.stripTrailing().length()).max().orElse(0);
    }

    /** The leading whitespace of every added line. */
    List<String> addedIndents() {
        return added.stream().map(l -> l.substring(0, l.length() - l.stripLeading().length())).toList();
    }
}
