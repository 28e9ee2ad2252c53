package io.eswizard.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Names of entries from a machine's zip, made safe: relative, no ".." and no empty parts. */
final class EntryNames {

    private EntryNames() {
    }

    static Optional<String> safe(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                return Optional.empty();
            }
            parts.add(part);
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }
}
