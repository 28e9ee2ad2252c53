package io.eswizard.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The wizard window. (Scaffolding: the pages land with the wizard issue.) */
public final class WizardApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(WizardApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("ES Cluster Wizard");
        stage.setScene(new Scene(new Label("ES Cluster Wizard"), 1280, 800));
        stage.show();
    }
}
