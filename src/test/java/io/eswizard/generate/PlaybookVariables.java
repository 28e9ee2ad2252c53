package io.eswizard.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The variables of the bundled playbook, read from its files: where each is declared (the keys of
 * a role's defaults/main.yml and vars/*.yml) and where each is read (the strings of tasks,
 * handlers, templates, playbooks and of other variables' values, with comments left out). A
 * variable is named as {@code es_...}; an attribute ({@code ansible_facts.es_machine}) is not one.
 */
final class PlaybookVariables {

    static final String COMMON = "es_common";

    /** Task keys whose values name things instead of reading variables. */
    private static final Set<String> NAMING_KEYS = Set.of("register", "loop_var", "listen", "notify");
    private static final Pattern VARIABLE = Pattern.compile("(?<![A-Za-z0-9_.])es_[a-z0-9_]+");

    /** role -> variable -> declared value. */
    private final Map<String, Map<String, Object>> declarations = new TreeMap<>();
    /** Defaults only: role -> variable -> value. */
    private final Map<String, Map<String, Object>> defaults = new TreeMap<>();
    /** place (role, or playbook file) -> the text it reads variables in. */
    private final Map<String, List<String>> readerTexts = new TreeMap<>();

    private PlaybookVariables() {
    }

    static PlaybookVariables read(Path ansible) {
        PlaybookVariables v = new PlaybookVariables();
        try {
            try (Stream<Path> roles = Files.list(ansible.resolve("roles"))) {
                for (Path role : roles.filter(Files::isDirectory).sorted().toList()) {
                    v.readRole(role);
                }
            }
            try (Stream<Path> playbooks = Files.list(ansible)) {
                for (Path p : playbooks.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                    v.readerTexts.computeIfAbsent(p.getFileName().toString(), k -> new ArrayList<>())
                            .addAll(strings(Files.readString(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return v;
    }

    private void readRole(Path role) throws IOException {
        String name = role.getFileName().toString();
        List<String> texts = readerTexts.computeIfAbsent(name, k -> new ArrayList<>());
        for (Path f : files(role.resolve("defaults")).toList()) {
            Map<String, Object> doc = map(Files.readString(f));
            defaults.computeIfAbsent(name, k -> new TreeMap<>()).putAll(doc);
            declarations.computeIfAbsent(name, k -> new TreeMap<>()).putAll(doc);
        }
        for (Path f : files(role.resolve("vars")).toList()) {
            declarations.computeIfAbsent(name, k -> new TreeMap<>()).putAll(map(Files.readString(f)));
        }
        for (String folder : List.of("tasks", "handlers")) {
            for (Path f : files(role.resolve(folder)).toList()) {
                texts.addAll(strings(Files.readString(f)));
            }
        }
        for (Path f : files(role.resolve("templates")).toList()) {
            texts.add(Files.readString(f));
        }
    }

    private static Stream<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    /** Each declared variable and the role that declares it (the last one, for a variable declared twice). */
    Map<String, String> owners() {
        Map<String, String> owners = new TreeMap<>();
        declarations.forEach((role, vars) -> vars.keySet().forEach(v -> owners.put(v, role)));
        return owners;
    }

    Map<String, Set<String>> declaredTwice() {
        Map<String, Set<String>> roles = new TreeMap<>();
        declarations.forEach((role, vars) -> vars.keySet().forEach(
                v -> roles.computeIfAbsent(v, k -> new TreeSet<>()).add(role)));
        roles.values().removeIf(r -> r.size() < 2);
        return roles;
    }

    Map<String, Object> defaults(String role) {
        return defaults.getOrDefault(role, Map.of());
    }

    /**
     * The declared variables that are read: named in a task, handler, template, playbook or one of
     * {@code expressions}, or in the value of a variable that is read.
     */
    Set<String> read(Collection<String> expressions) {
        Set<String> declared = owners().keySet();
        Set<String> read = new TreeSet<>();
        readerTexts.values().forEach(texts -> texts.forEach(t -> read.addAll(names(t))));
        expressions.forEach(e -> read.addAll(names(e)));
        read.retainAll(declared);
        boolean grew = true;
        while (grew) {
            Set<String> more = new TreeSet<>();
            for (String v : read) {
                declarations.values().stream().filter(d -> d.containsKey(v))
                        .forEach(d -> strings(d.get(v)).forEach(s -> more.addAll(names(s))));
            }
            more.retainAll(declared);
            grew = read.addAll(more);
        }
        return read;
    }

    /** The places (roles and playbooks) that name the variable in their tasks, handlers, templates or values. */
    Set<String> readers(String variable) {
        Set<String> places = new TreeSet<>();
        readerTexts.forEach((place, texts) -> {
            if (texts.stream().anyMatch(t -> names(t).contains(variable))) {
                places.add(place);
            }
        });
        declarations.forEach((role, vars) -> vars.forEach((name, value) -> {
            if (!name.equals(variable) && strings(value).stream().anyMatch(s -> names(s).contains(variable))) {
                places.add(role);
            }
        }));
        return places;
    }

    static Set<String> names(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    /** The top-level keys of a YAML mapping. */
    static Set<String> keys(String yaml) {
        return new TreeSet<>(map(yaml).keySet());
    }

    /** The variables set on the hosts of a YAML inventory (all: children: ... hosts: {host: vars}). */
    static Set<String> hostVariables(String inventory) {
        Set<String> names = new TreeSet<>();
        collectHostVariables(map(inventory), names);
        return names;
    }

    @SuppressWarnings("unchecked")
    private static void collectHostVariables(Object node, Set<String> names) {
        if (!(node instanceof Map<?, ?> map)) {
            return;
        }
        map.forEach((key, value) -> {
            if ("hosts".equals(key) && value instanceof Map<?, ?> hosts) {
                hosts.values().forEach(vars -> {
                    if (vars instanceof Map<?, ?> v) {
                        v.keySet().forEach(k -> names.add(String.valueOf(k)));
                    }
                });
            } else {
                collectHostVariables(value, names);
            }
        });
    }

    /** Every string value in a YAML text (not keys, not comments, not the values of naming keys). */
    static List<String> strings(String yaml) {
        List<String> out = new ArrayList<>();
        for (Object doc : yaml().loadAll(yaml)) {
            collectStrings(doc, out);
        }
        return out;
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        collectStrings(value, out);
        return out;
    }

    private static void collectStrings(Object node, List<String> out) {
        if (node instanceof String s) {
            out.add(s);
        } else if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (!NAMING_KEYS.contains(String.valueOf(k))) {
                    collectStrings(v, out);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectStrings(item, out));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String yaml) {
        Object doc = yaml().load(yaml);
        return doc instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** SnakeYAML that reads Ansible's !unsafe and !vault tags as plain text. */
    private static Yaml yaml() {
        SafeConstructor constructor = new SafeConstructor(new LoaderOptions()) {
            {
                AbstractConstruct asText = new AbstractConstruct() {
                    @Override
                    public Object construct(Node node) {
                        return ((ScalarNode) node).getValue();
                    }
                };
                yamlConstructors.put(new Tag("!unsafe"), asText);
                yamlConstructors.put(new Tag("!vault"), asText);
            }
        };
        return new Yaml(constructor);
    }
}
