package io.eswizard.cli;

import io.eswizard.bundle.ZipUnpacker;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.project.ProjectFiles;
import io.eswizard.validation.ProjectNames;
import io.eswizard.validation.RemotePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Creates a project file from a preset: 'reference' (addresses to fill in) or 'local' "
                + "(every role on this machine, in a sandbox folder).")
final class InitCommand implements Callable<Integer> {

    enum Preset { reference, local }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the project file to create (.eswiz or .yaml)")
    Path file;

    @Option(names = "--publishers", paramLabel = "N", defaultValue = "" + ProjectDefaults.DEFAULT_PUBLISHERS,
            description = "publisher nodes (default: ${DEFAULT-VALUE})")
    int publishers;

    @Option(names = "--stores", paramLabel = "M", defaultValue = "" + ProjectDefaults.DEFAULT_STORES,
            description = "store nodes (default: ${DEFAULT-VALUE})")
    int stores;

    @Option(names = "--preset", paramLabel = "reference|local", defaultValue = "reference",
            description = "starting point (default: ${DEFAULT-VALUE})")
    Preset preset;

    @Option(names = "--sandbox", paramLabel = "DIR",
            description = "local preset: folder for the servers' homes (default: 'sandbox' beside FILE)")
    Path sandbox;

    @Option(names = "--es-pack", paramLabel = "ZIP", description = "local preset: unpack wso2es-2.1.0.zip "
            + "into every node's home")
    Path esPack;

    @Option(names = "--is-pack", paramLabel = "ZIP", description = "local preset: unpack the Identity Server zip")
    Path isPack;

    @Option(names = "--force", description = "overwrite an existing FILE")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (publishers < 1 || stores < 1) {
            throw CliException.usage("--publishers and --stores must be at least 1");
        }
        if (publishers + stores > 200) {
            throw CliException.usage("at most 200 nodes in one project");
        }
        if ((esPack != null || isPack != null || sandbox != null) && preset != Preset.local) {
            throw CliException.usage("--sandbox, --es-pack and --is-pack belong to --preset local");
        }
        if (Files.exists(file) && !force) {
            throw CliException.usage(file + " already exists; use --force to overwrite it");
        }
        String name = ProjectNames.suggest(ProjectFiles.baseName(file));
        ClusterProject p;
        if (preset == Preset.local) {
            Path dir = (sandbox != null ? sandbox : file.toAbsolutePath().getParent().resolve("sandbox"))
                    .toAbsolutePath().normalize();
            // the servers' homes go inside it, and a home keeps to the rule of every path on the machines
            RemotePaths.whyNotStrictPath(dir.toString()).ifPresent(why -> {
                throw CliException.usage("the sandbox folder " + dir + " " + why + "; choose another with --sandbox");
            });
            p = ProjectDefaults.localSandbox(name, publishers, stores, dir,
                    "root".equals(System.getProperty("user.name")));
            unpackPacks(p);
        } else {
            p = ProjectDefaults.reference(name, publishers, stores);
        }
        ProjectFiles.save(file, p);
        spec.commandLine().getOut().println("Created " + file + " (" + preset + " preset, " + publishers
                + " publishers, " + stores + " stores). Next: es-cluster-wizard validate " + file);
        return EsWizardCli.OK;
    }

    private void unpackPacks(ClusterProject p) throws IOException {
        try {
            if (esPack != null) {
                for (EsNode n : p.nodes()) {
                    ZipUnpacker.unpackProduct(esPack, Path.of(n.esHome()));
                }
            }
            if (isPack != null && p.sso().enabled()) {
                ZipUnpacker.unpackProduct(isPack, Path.of(p.sso().isHome()));
            }
        } catch (ZipUnpacker.UnpackException e) {
            throw CliException.usage(e.getMessage());
        }
    }
}
