package io.eswizard.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where the shell asks for files; tests replace it since native choosers cannot be driven. */
public interface FileDialogs {

    Optional<Path> projectToOpen(Window owner);

    Optional<Path> projectToSave(Window owner, String suggestedName);

    /** A folder, or a .zip file when zip is true. */
    Optional<Path> exportTarget(Window owner, String suggestedName, boolean zip);

    /** "Try it on this machine": the archives and the folder, starting from the last choice. */
    default Optional<SandboxChoice> sandbox(Window owner, SandboxChoice remembered) {
        return SandboxDialog.ask(owner, remembered);
    }

    FileChooser.ExtensionFilter PROJECT_FILES = new FileChooser.ExtensionFilter("Wizard projects", "*.yaml", "*.yml");

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
                chooser.setInitialFileName(suggestedName + ".yaml");
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
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
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle("Export bundle to a folder");
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }
        };
    }
}
