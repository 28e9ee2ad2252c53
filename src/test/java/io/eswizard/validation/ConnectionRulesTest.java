package io.eswizard.validation;

import static io.eswizard.validation.Findings.assertClean;
import static io.eswizard.validation.Findings.assertError;
import static io.eswizard.validation.Findings.assertNothingAt;
import static io.eswizard.validation.Findings.assertWarning;
import static io.eswizard.validation.Projects.with;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.HostOverride;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionRulesTest {

    private final ClusterProject clean = Projects.clean();

    private ClusterProject connection(String component, Object value) {
        return clean.withConnection(with(clean.connection(), component, value));
    }

    private ClusterProject overrides(HostOverride... overrides) {
        return clean.withConnection(clean.connection().withHostOverrides(List.of(overrides)));
    }

    @Test
    void projectNameIsRequired() {
        assertError(clean.withName(" "), "name", "no name");
        assertError(clean.withName("a\nb"), "name", "line break");
        assertNothingAt(clean.withName("es production"), "name");
    }

    @Test
    void sshUserIsRequiredAndBare() {
        assertError(connection("sshUser", ""), "connection.sshUser", "empty");
        assertError(connection("sshUser", "admin@10.0.0.5"), "connection.sshUser", "'admin@10.0.0.5'");
        assertNothingAt(connection("sshUser", "deploy.user"), "connection.sshUser");
    }

    @Test
    void sshPortInRange() {
        assertError(connection("sshPort", 0), "connection.sshPort", "is 0", "between 1 and 65535");
        assertError(connection("sshPort", 65536), "connection.sshPort", "is 65536");
        assertNothingAt(connection("sshPort", 2222), "connection.sshPort");
    }

    @Test
    void privateKeyMustExistWhenGiven(@TempDir Path dir) throws Exception {
        Path key = Files.writeString(dir.resolve("id_ed25519"), "key");
        assertNothingAt(connection("privateKeyFile", key.toString()), "connection.privateKeyFile");
        assertNothingAt(connection("privateKeyFile", ""), "connection.privateKeyFile");
        String missing = dir.resolve("nope").toString();
        assertError(connection("privateKeyFile", missing), "connection.privateKeyFile", missing, "does not exist");
        assertError(connection("privateKeyFile", dir.toString()), "connection.privateKeyFile", "is a folder");
    }

    @Test
    void pythonInterpreterRequired() {
        assertError(connection("pythonInterpreter", ""), "connection.pythonInterpreter", "/usr/bin/python3");
    }

    @Test
    void noSudoWithNonRootUserIsRisky() {
        assertWarning(connection("become", false), "connection.become", "'admin'", "sudo");
        ClusterProject root = connection("become", false);
        root = root.withConnection(with(root.connection(), "sshUser", "root"));
        assertClean(root);
    }

    @Test
    void overrideAddressMustBeValidUniqueAndUsed() {
        assertClean(overrides(new HostOverride("10.0.0.11", false, "ubuntu", 2222, null)));
        assertError(overrides(HostOverride.localMachine("")), "connection.hostOverrides[0].address", "missing");
        assertError(overrides(HostOverride.localMachine("10.0.0.11:22")), "connection.hostOverrides[0].address",
                "'10.0.0.11:22'", "port");
        assertError(overrides(HostOverride.localMachine("10.0.0.11"), HostOverride.localMachine("10.0.0.11")),
                "connection.hostOverrides[1].address", "'10.0.0.11'", "two overrides");
        assertWarning(overrides(HostOverride.localMachine("10.0.0.99")), "connection.hostOverrides[0].address",
                "'10.0.0.99'", "no effect");
    }

    @Test
    void overrideConnectionFieldsChecked() {
        assertError(overrides(new HostOverride("10.0.0.11", false, "", null, null)),
                "connection.hostOverrides[0].sshUser", "empty");
        assertError(overrides(new HostOverride("10.0.0.11", false, null, 70000, null)),
                "connection.hostOverrides[0].sshPort", "70000");
        assertError(overrides(new HostOverride("10.0.0.11", false, null, null, "/no/such/key")),
                "connection.hostOverrides[0].privateKeyFile", "/no/such/key");
    }
}
