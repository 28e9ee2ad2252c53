package io.eswizard.ui;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;

/** The steps at the side, each with its state; clicking one goes there. */
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

    private final class StepCell extends ListCell<Integer> {
        private final Circle mark = new Circle(6);

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            for (StepState s : StepState.values()) {
                mark.getStyleClass().remove(s.styleClass());
                getStyleClass().remove(s.styleClass());
            }
            if (empty || index == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                setId(null);
                return;
            }
            StepState state = stateOf.apply(index);
            WizardStep step = steps.get(index);
            setId("step-" + step.id());
            setText((index + 1) + "  " + step.title());
            mark.getStyleClass().addAll("esw-step-mark", state.styleClass());
            getStyleClass().add(state.styleClass());
            setGraphic(mark);
            setTooltip(new Tooltip(state.description()));
        }
    }
}
