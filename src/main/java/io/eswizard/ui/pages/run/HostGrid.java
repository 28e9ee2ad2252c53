package io.eswizard.ui.pages.run;

import io.eswizard.ansible.HostState;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * One label per host with its state ("store-1: changed"), coloured by a CSS class. A state change
 * retexts and restyles its own label only; hosts a run reports beyond the expected ones get a label
 * added, so a flood of results never rebuilds the grid.
 */
final class HostGrid extends FlowPane {

    /** Style class prefix of a host label's state (wizard.css colours them). */
    static final String HOST_STATE_CLASS = "esw-host-";

    private final RunViewModel vm;
    private final Map<String, Label> labels = new LinkedHashMap<>();

    HostGrid(RunViewModel vm) {
        super(6, 6);
        this.vm = vm;
        setId("hostGrid");
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
        show(label, host, vm.hostStates().getOrDefault(host, HostState.WAITING));
        labels.put(host, label);
        return label;
    }

    private static void show(Label label, String host, HostState state) {
        String word = state.name().toLowerCase(Locale.ROOT);
        label.setText(host + ": " + word);
        label.getStyleClass().removeIf(c -> c.startsWith(HOST_STATE_CLASS));
        label.getStyleClass().add(HOST_STATE_CLASS + word);
    }
}
