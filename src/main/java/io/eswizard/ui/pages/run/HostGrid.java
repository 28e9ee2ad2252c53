package io.eswizard.ui.pages.run;

import io.eswizard.ansible.HostState;
import io.eswizard.ui.components.Icons;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The hosts as a compact table: one row per host with its state as an icon, a word and a colour
 * (a CSS class). A state change retexts and restyles its own row only; hosts a run reports beyond
 * the expected ones get a row added, so a flood of results never rebuilds the table.
 */
final class HostGrid extends VBox {

    /** Style class prefix of a host row's state (wizard.css colours them). */
    static final String HOST_STATE_CLASS = "esw-host-";

    private final RunViewModel vm;
    private final Map<String, Label> labels = new LinkedHashMap<>();

    HostGrid(RunViewModel vm) {
        super(3);
        this.vm = vm;
        setId("hostGrid");
        getStyleClass().add("esw-host-table");
        vm.hosts().addListener((ListChangeListener<String>) this::hostsChanged);
        vm.hostStates().addListener((MapChangeListener<String, HostState>) c -> {
            Label label = labels.get(c.getKey());
            if (label != null) {
                show(label, c.getKey(), vm.hostStates().getOrDefault(c.getKey(), HostState.WAITING));
            }
        });
        rebuild();
    }

    private void hostsChanged(ListChangeListener.Change<? extends String> c) {
        boolean onlyAppended = true;
        while (c.next()) {
            onlyAppended &= c.wasAdded() && !c.wasRemoved() && !c.wasPermutated() && c.getFrom() == labels.size();
            if (onlyAppended) {
                c.getAddedSubList().forEach(h -> getChildren().add(newLabel(h)));
            }
        }
        if (!onlyAppended) {
            rebuild();
        }
    }

    private void rebuild() {
        labels.clear();
        getChildren().setAll(vm.hosts().stream().map(this::newLabel).toList());
    }

    private Label newLabel(String host) {
        Label label = new Label();
        label.setId("host-" + host);
        label.getStyleClass().add("esw-host");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setGraphic(Icons.of(Feather.CIRCLE));
        label.setTooltip(new Tooltip());
        show(label, host, vm.hostStates().getOrDefault(host, HostState.WAITING));
        labels.put(host, label);
        return label;
    }

    static Ikon iconOf(HostState state) {
        return switch (state) {
            case WAITING -> Feather.CLOCK;
            case OK -> Feather.CHECK_CIRCLE;
            case CHANGED -> Feather.EDIT_3;
            case FAILED -> Feather.X_CIRCLE;
            case UNREACHABLE -> Feather.WIFI_OFF;
        };
    }

    static String styleOf(HostState state) {
        return switch (state) {
            case WAITING -> "esw-muted";
            case OK, CHANGED -> "esw-ok";
            case FAILED, UNREACHABLE -> "esw-error";
        };
    }

    private static void show(Label label, String host, HostState state) {
        String word = state.name().toLowerCase(Locale.ROOT);
        label.setText(host + ": " + word);
        label.getStyleClass().removeIf(c -> c.startsWith(HOST_STATE_CLASS));
        label.getStyleClass().add(HOST_STATE_CLASS + word);
        FontIcon icon = (FontIcon) label.getGraphic();
        icon.setIconCode(iconOf(state));
        icon.getStyleClass().removeAll("esw-muted", "esw-ok", "esw-error");
        icon.getStyleClass().add(styleOf(state));
        label.getTooltip().setText(host + ": " + switch (state) {
            case WAITING -> "no result yet";
            case OK -> "every task so far was fine";
            case CHANGED -> "changed something (or would, in a dry run)";
            case FAILED -> "a task failed; see Failures";
            case UNREACHABLE -> "Ansible could not reach it; see Failures";
        });
    }
}
