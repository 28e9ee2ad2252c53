package io.eswizard.e2e;

import io.eswizard.cli.EsWizardCli;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.project.ProjectFiles;
import io.eswizard.ui.RunScreenshotTour;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes the wizard's Run and Verify screenshots on a real 3+3 sandbox, on demand (a main class, as root,
 * under the machine lock): {@code init --preset local} with the stock files and the stand-in servers, the
 * Identity Server started, then the wizard in a real window under Xvfb ({@link RunScreenshotTour}): the Run page
 * before, a dry run and its changes, a run, the Verify step it leads to; then store-2 stopped and Verify
 * again. Afterwards the stand-ins stop, the databases are dropped, NGINX and MariaDB's configuration and
 * /etc/hosts are put back and the folder is deleted.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * flock /tmp/esw-machine.lock java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     io.eswizard.e2e.ScreenshotSandbox packaging/screenshots
 * </pre>
 */
public final class ScreenshotSandbox {

    private static final Path HOSTS = Path.of("/etc/hosts");

    private ScreenshotSandbox() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "packaging/screenshots").toAbsolutePath();
        MachineState machine = MachineState.take();
        byte[] hosts = Files.readAllBytes(HOSTS);
        E2EPrerequisites.stopLeftoverStandIns();
        Path root = Files.createTempDirectory("esw-e2e-shots-");
        ClusterProject project = null;
        try {
            Path esZip = E2EPacks.esZip(root);
            Path isZip = root.resolve("wso2is-5.1.0.zip");
            Files.move(E2EPacks.isZip(Files.createDirectories(root.resolve("is")), "wso2is-5.1.0",
                    "127.0.0.1", 9443), isZip);
            Path projectFile = root.resolve("sandbox.eswiz");
            cli("init", projectFile.toString(), "--preset", "local", "--publishers", "3", "--stores", "3",
                    "--sandbox", root.resolve("sandbox").toString(), "--es-pack", esZip.toString(), "--is-pack",
                    isZip.toString());
            project = ProjectFiles.load(projectFile).withName("Sandbox on this machine");
            ProjectFiles.save(projectFile, project);
            Path isHome = Path.of(project.sso().isHome());
            StandIns.installIdentityServer(isHome, project.sso().isAddress(), project.sso().isHttpsPort());
            StandIns.command(isHome, "start");
            Path secrets = root.resolve("secrets.yaml");
            Files.createFile(secrets, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(secrets, "databasePassword: \"Sandbox-pw-1\"\n");

            tour(root, out, projectFile, secrets);
            EsNode store2 = project.node("store-2").orElseThrow();
            StandIns.command(store2, "stop");
            tour(root, out, projectFile, secrets, "-Desw.tourVerifyOnly=verify-node-stopped", "-Desw.tourNumber=27");
        } finally {
            try {
                SandboxCleanup.leaveNothingBehind(machine, project, root);
            } finally {
                Files.write(HOSTS, hosts);
            }
        }
    }

    /** The wizard under Xvfb at 1024x768 with the run tour, in a home of its own (fresh preferences). */
    private static void tour(Path root, Path out, Path projectFile, Path secrets, String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 1024x768x24",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + Files.createDirectories(root.resolve("home")),
                "-Desw.driver=" + RunScreenshotTour.class.getName(), "-Desw.tourDir=" + out,
                "-Desw.tourProject=" + projectFile, "-Desw.tourSecrets=" + secrets, "-Desw.tourDelay=2000"));
        command.addAll(List.of(extra));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.eswizard.Launcher"));
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().put("HOME", root.resolve("home").toString());
        int code = pb.start().waitFor();
        System.out.println("tour exited " + code);
    }

    private static void cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EsWizardCli.run(new PrintWriter(out), new PrintWriter(err), args);
        if (code != 0) {
            throw new IllegalStateException(out + "\n" + err);
        }
    }
}
