package io.eswizard.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The window's menus. File: new, sandbox, open, open recent, save, save as, quit. View: the light or
 * dark theme.
 */
final class MainMenu {

    private MainMenu() {
    }

    static MenuBar create(ProjectActions actions, Supplier<List<Path>> recentProjects, Runnable quit,
                          Theme theme, Consumer<Theme> onTheme) {
        MenuItem newItem = item("_New project", "Shortcut+N", actions::newProject);
        MenuItem sandbox = item("New _sandbox on this machine", null, actions::newLocalSandbox);
        MenuItem open = item("_Open…", "Shortcut+O", actions::open);
        Menu recent = new Menu("Open _recent");
        recent.setOnShowing(e -> fillRecent(recent, recentProjects.get(), actions::open));
        recent.getItems().add(new MenuItem("(none)"));
        MenuItem saveItem = item("_Save", "Shortcut+S", () -> actions.save(ok -> { }));
        MenuItem saveAs = item("Save _as…", "Shortcut+Shift+S", () -> actions.saveAs(ok -> { }));
        MenuItem quitItem = item("_Quit", "Shortcut+Q", quit);
        Menu file = new Menu("_File", null, newItem, sandbox, open, recent, new SeparatorMenuItem(), saveItem, saveAs,
                new SeparatorMenuItem(), quitItem);
        file.setId("menu-file");
        return new MenuBar(file, view(theme, onTheme));
    }

    /** Ticks the theme's item (when the theme was chosen elsewhere). */
    static void select(MenuBar bar, Theme theme) {
        String id = "theme-" + theme.name().toLowerCase(java.util.Locale.ROOT);
        bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId()) && i instanceof RadioMenuItem)
                .forEach(i -> ((RadioMenuItem) i).setSelected(true));
    }

    private static Menu view(Theme current, Consumer<Theme> onTheme) {
        Menu view = new Menu("_View");
        view.setId("menu-view");
        ToggleGroup themes = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(theme.menuText());
            item.setId("theme-" + theme.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(themes);
            item.setSelected(theme == current);
            item.setOnAction(e -> onTheme.accept(theme));
            view.getItems().add(item);
        }
        return view;
    }

    private static void fillRecent(Menu recent, List<Path> files, Consumer<Path> open) {
        recent.getItems().clear();
        for (Path p : files) {
            MenuItem item = new MenuItem(p.getFileName() + "  (" + p.getParent() + ")");
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open.accept(p));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent projects");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
