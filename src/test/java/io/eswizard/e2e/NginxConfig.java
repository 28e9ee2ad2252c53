package io.eswizard.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * NGINX's effective configuration as {@code nginx -T} prints it, parsed into directives: words and
 * quoted strings, ';' ends a directive, '{' '}' a block, '#' a comment.
 */
final class NginxConfig {

    private static final String FILE_HEADER = "# configuration file ";

    /** One directive; {@code children} is null for a simple one, the block's directives otherwise. */
    record Directive(String name, List<String> args, List<Directive> children, String file) {

        List<Directive> all(String wanted) {
            List<Directive> found = new ArrayList<>();
            for (Directive d : children == null ? List.<Directive>of() : children) {
                if (d.name.equals(wanted)) {
                    found.add(d);
                }
                found.addAll(d.all(wanted));
            }
            return found;
        }

        /** The arguments of each direct child with this name. */
        List<List<String>> values(String wanted) {
            return (children == null ? List.<Directive>of() : children).stream()
                    .filter(d -> d.name.equals(wanted)).map(Directive::args).toList();
        }

        /** The arguments of the one direct child with this name; fails when there is not exactly one. */
        List<String> one(String wanted) {
            List<List<String>> v = values(wanted);
            if (v.size() != 1) {
                throw new AssertionError(file + ": " + v.size() + " " + wanted + " directives in " + name + " " + args);
            }
            return v.get(0);
        }
    }

    private NginxConfig() {
    }

    /** Every file of the running configuration, each parsed on its own. */
    static List<Directive> dump() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("nginx", "-T").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("nginx -T failed");
        }
        return parseDump(out);
    }

    static List<Directive> parseDump(String dump) {
        List<Directive> files = new ArrayList<>();
        String name = null;
        StringBuilder text = new StringBuilder();
        for (String line : dump.split("\n", -1)) {
            if (line.startsWith(FILE_HEADER)) {
                if (name != null) {
                    files.add(parse(text.toString(), name));
                }
                name = line.substring(FILE_HEADER.length()).replaceFirst(":$", "");
                text.setLength(0);
            } else if (name != null) {
                text.append(line).append('\n');
            }
        }
        if (name != null) {
            files.add(parse(text.toString(), name));
        }
        return files;
    }

    static Directive parse(String text, String file) {
        List<List<Directive>> stack = new ArrayList<>();
        List<Directive> top = new ArrayList<>();
        stack.add(top);
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == ';') {
                if (!words.isEmpty()) {
                    stack.get(stack.size() - 1).add(new Directive(words.get(0), List.copyOf(words.subList(1,
                            words.size())), null, file));
                }
                words.clear();
                i++;
            } else if (c == '{') {
                List<Directive> children = new ArrayList<>();
                stack.get(stack.size() - 1).add(new Directive(words.isEmpty() ? "" : words.get(0),
                        words.isEmpty() ? List.of() : List.copyOf(words.subList(1, words.size())), children, file));
                stack.add(children);
                words.clear();
                i++;
            } else if (c == '}') {
                if (stack.size() > 1) {
                    stack.remove(stack.size() - 1);
                }
                words.clear();
                i++;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                StringBuilder word = new StringBuilder();
                while (j < n && text.charAt(j) != c) {
                    if (text.charAt(j) == '\\' && j + 1 < n) {
                        j++;
                    }
                    word.append(text.charAt(j));
                    j++;
                }
                words.add(word.toString());
                i = j + 1;
            } else {
                int j = i;
                while (j < n && !Character.isWhitespace(text.charAt(j)) && "{};".indexOf(text.charAt(j)) < 0) {
                    j++;
                }
                words.add(text.substring(i, j));
                i = j;
            }
        }
        return new Directive("", List.of(), top, file);
    }

    /**
     * Every server block that listens on address:port itself: NGINX answers the connections to that
     * address with these, never with servers that listen on every address.
     */
    static List<Directive> serversOn(List<Directive> files, String address, int port) {
        List<Directive> found = new ArrayList<>();
        for (Directive f : files) {
            for (Directive server : f.all("server")) {
                if (server.children() == null) {
                    continue;
                }
                for (List<String> listen : server.values("listen")) {
                    String first = listen.isEmpty() ? "" : listen.get(0);
                    if (first.equals(address + ":" + port)) {
                        found.add(server);
                        break;
                    }
                }
            }
        }
        return found;
    }
}
