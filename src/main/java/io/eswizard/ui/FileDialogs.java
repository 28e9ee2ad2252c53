package io.eswizard.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where the shell asks for files; tests replace it since native choosers cannot be driven. */
public interface FileDialogs {

    Optional<Path> projectToOpen(Window owner);

    Optional<Path> projectToSave(Window owner, String suggestedName);

    /** The bundle's folder (new or empty), or a .zip file when zip is true. */
    Optional<Path> exportTarget(Window owner, String suggestedName, boolean zip);

    /** "Try it on this machine": the archives and the folder, starting from the last choice. */
    default Optional<SandboxChoice> sandbox(Window owner, SandboxChoice remembered) {
        return SandboxDialog.ask(owner, remembered);
    }

    /** The extension of project files, as the .deb registers it. */
    String PROJECT_EXTENSION = ".eswiz";

    FileChooser.ExtensionFilter PROJECT_FILES = new FileChooser.ExtensionFilter("Wizard projects (*.eswiz)",
            "*.eswiz", "*.yaml", "*.yml");

    /** The file name proposed for a project: its name, without characters file systems refuse, and .eswiz. */
    static String projectFileName(String projectName) {
        String base = projectName == null ? "" : projectName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-").strip();
        base = base.replaceAll("^[.-]+", "");
        return (base.isEmpty() ? "cluster" : base) + PROJECT_EXTENSION;
    }

    /** The chosen file, with .eswiz added when it was typed without an extension. */
    static Path withProjectExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.contains(".") ? chosen : chosen.resolveSibling(name + PROJECT_EXTENSION);
    }

    /** The platform's file choosers. */
    static FileDialogs native_() {
        return new FileDialogs() {
            @Override
            public Optional<Path> projectToOpen(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Open project");
                chooser.getExtensionFilters().addAll(PROJECT_FILES, new FileChooser.ExtensionFilter("All files", "*"));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> projectToSave(Window owner, String suggestedName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Save project");
                chooser.getExtensionFilters().add(PROJECT_FILES);
                chooser.setInitialFileName(projectFileName(suggestedName));
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                        .map(FileDialogs::withProjectExtension);
            }

            @Override
            public Optional<Path> exportTarget(Window owner, String suggestedName, boolean zip) {
                if (zip) {
                    FileChooser chooser = new FileChooser();
                    chooser.setTitle("Export bundle as zip");
                    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zip archives", "*.zip"));
                    chooser.setInitialFileName(suggestedName + ".zip");
                    return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
                }
                // a save chooser: it takes the name of a folder not made yet, and its button says Save
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Export bundle to a new folder");
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }
        };
    }
}
