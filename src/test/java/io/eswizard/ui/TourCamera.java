package io.eswizard.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What the screenshot tours do to the real window: act on the FX thread, wait for a condition, close
 * a dialog, and take a picture of the whole (virtual) screen with ImageMagick's import.
 */
final class TourCamera {

    private final Stage stage;
    private final Path directory;

    TourCamera(Stage stage, Path directory) {
        this.stage = stage;
        this.directory = directory;
    }

    /** The window fills the screen, as a maximised window would; Xvfb has no window manager. */
    void fillScreen() throws InterruptedException {
        onFx(() -> {
            var bounds = javafx.stage.Screen.getPrimary().getBounds();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
        });
    }

    /** Waits for the screen to settle, then writes {@code NN-name.png}. */
    void shoot(int number, String name) throws Exception {
        Thread.sleep(Long.getLong("esw.tourDelay", 1500));
        Files.createDirectories(directory);
        String file = directory.resolve(String.format("%02d-%s.png", number, name)).toString();
        Process p = new ProcessBuilder("import", "-window", "root", file).inheritIO().start();
        p.waitFor();
        System.out.println("screenshot " + file);
    }

    /** Runs the action on the FX thread and waits for it. */
    static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    /** Starts the action on the FX thread without waiting (it may open a dialog that waits for an answer). */
    static void startOnFx(Runnable action) {
        Platform.runLater(action);
    }

    /** Polls the condition on the FX thread until it holds; false when the time ran out. */
    static boolean waitFor(long seconds, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            AtomicBoolean holds = new AtomicBoolean();
            onFx(() -> holds.set(condition.getAsBoolean()));
            if (holds.get()) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** The dialog showing with this id (null: a message box, which has none), or null. */
    static DialogPane dialog(String id) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane
                    && java.util.Objects.equals(id, pane.getId())) {
                return pane;
            }
        }
        return null;
    }

    /** Presses Cancel on the dialog with this id. */
    static void cancel(String id) throws InterruptedException {
        onFx(() -> {
            DialogPane pane = dialog(id);
            if (pane != null && pane.lookupButton(ButtonType.CANCEL) instanceof javafx.scene.control.Button b) {
                b.fire();
            }
        });
    }

    /** Closes every other window (the diff viewer). */
    static void closeOtherWindows(Window main) throws InterruptedException {
        onFx(() -> Window.getWindows().stream().filter(w -> w != main && w instanceof Stage).toList()
                .forEach(w -> ((Stage) w).close()));
    }
}
