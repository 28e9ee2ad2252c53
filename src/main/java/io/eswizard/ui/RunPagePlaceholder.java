package io.eswizard.ui;

import io.eswizard.ui.pages.WizardPage;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Stands in for the Run page until io.eswizard.ui.pages.run lands (see WizardSteps). */
final class RunPagePlaceholder extends WizardPage {

    RunPagePlaceholder(WizardContext context) {
    }

    @Override
    protected Node build() {
        Label title = new Label("Run");
        title.getStyleClass().add("esw-page-title");
        Label text = new Label("Running the playbook from the wizard arrives in a later build. "
                + "Meanwhile, export a bundle on the Review page and run it with ansible-playbook.");
        text.setWrapText(true);
        VBox box = new VBox(title, text);
        box.getStyleClass().add("esw-page");
        return box;
    }

    @Override
    public boolean hasSettings() {
        return false;
    }
}
