package io.eswizard.ansible;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The fake ansible-playbook scripts of src/test/resources/fake-ansible, made executable. */
final class FakeAnsible {

    private FakeAnsible() {
    }

    static Path script(String name) {
        try {
            Path p = Path.of(FakeAnsible.class.getResource("/fake-ansible/" + name).toURI());
            // Maven's resource copy drops the executable bit.
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            return p;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static PlaybookRunner runner(String name) {
        return new PlaybookRunner(AnsibleTools.onPath().withPlaybook(script(name).toString()));
    }
}
