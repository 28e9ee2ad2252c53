package io.eswizard.ui;

import io.eswizard.model.field.Page;
import io.eswizard.ui.components.Icons;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The steps at the side, each with its icon and state; clicking one goes there. */
final class StepList extends ListView<Integer> {

    private final List<WizardStep> steps;
    private final IntFunction<StepState> stateOf;

    StepList(List<WizardStep> steps, IntFunction<StepState> stateOf, IntConsumer onPick) {
        this.steps = steps;
        this.stateOf = stateOf;
        setId("step-list");
        getStyleClass().add("esw-step-list");
        setFocusTraversable(false);
        for (int i = 0; i < steps.size(); i++) {
            getItems().add(i);
        }
        setCellFactory(list -> new StepCell());
        getSelectionModel().selectedIndexProperty().addListener((o, old, index) -> {
            if (index.intValue() >= 0) {
                onPick.accept(index.intValue());
            }
        });
    }

    void refreshStates() {
        refresh();
    }

    static Ikon iconOf(Page page) {
        return switch (page) {
            case START -> Feather.HOME;
            case CONNECTION -> Feather.KEY;
            case DATABASE -> Feather.DATABASE;
            case NODES -> Feather.SERVER;
            case CLUSTER -> Feather.SHARE_2;
            case SSO -> Feather.LOCK;
            case LOAD_BALANCER -> Feather.SHUFFLE;
            case REVIEW -> Feather.CLIPBOARD;
            case RUN -> Feather.PLAY_CIRCLE;
            case VERIFY -> Feather.ACTIVITY;
        };
    }

    static Ikon iconOf(StepState state) {
        return switch (state) {
            case UNTOUCHED -> Feather.CIRCLE;
            case COMPLETE -> Feather.CHECK_CIRCLE;
            case WARNINGS -> Feather.ALERT_TRIANGLE;
            case ERRORS -> Feather.X_CIRCLE;
        };
    }

    private final class StepCell extends ListCell<Integer> {
        private final FontIcon pageIcon = Icons.of(Feather.CIRCLE, "esw-step-icon");
        private final Label title = new Label();
        private final FontIcon mark = Icons.of(Feather.CIRCLE, "esw-step-mark");
        private final HBox row;

        StepCell() {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            row = new HBox(8, pageIcon, title, spacer, mark);
            row.getStyleClass().add("esw-step-row");
            // the cell takes the list's width, never more: no horizontal scroll bar
            setPrefWidth(0);
            title.getStyleClass().add("esw-step-title");
        }

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            for (StepState s : StepState.values()) {
                mark.getStyleClass().remove(s.styleClass());
                getStyleClass().remove(s.styleClass());
            }
            setText(null);
            if (empty || index == null) {
                setGraphic(null);
                setTooltip(null);
                setId(null);
                return;
            }
            StepState state = stateOf.apply(index);
            WizardStep step = steps.get(index);
            setId("step-" + step.id());
            title.setText((index + 1) + "  " + step.title());
            pageIcon.setIconCode(iconOf(step.page()));
            mark.setIconCode(iconOf(state));
            mark.getStyleClass().add(state.styleClass());
            getStyleClass().add(state.styleClass());
            // the state is visible by shape as well as by colour
            mark.setVisible(state != StepState.UNTOUCHED);
            setGraphic(row);
            setAccessibleText(step.title() + ": " + state.description());
            setTooltip(new Tooltip(state.description()));
        }
    }
}
