package io.eswizard.ui;

import io.eswizard.model.field.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/**
 * Dev switch: shows every page of the sandbox project in the real window and takes a screenshot
 * of the screen with ImageMagick's import (run under Xvfb), then one of a page with errors.
 */
final class ScreenshotTour extends Thread {

    private final MainWindow window;
    private final Path directory;

    ScreenshotTour(MainWindow window, Path directory) {
        super("screenshot-tour");
        setDaemon(true);
        this.window = window;
        this.directory = directory;
    }

    @Override
    public void run() {
        try {
            Files.createDirectories(directory);
            onFx(this::fillScreen);
            shoot(0, "start");
            onFx(window::newLocalSandbox);
            for (int i = 1; i < window.steps().size(); i++) {
                int index = i;
                onFx(() -> window.showPage(index));
                shoot(i, window.steps().get(i).id());
            }
            onFx(() -> {
                window.newProject();
                window.showPage(Page.NODES);
                window.tryNext();
            });
            shoot(window.steps().size(), "nodes-with-errors");
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.runLater(Platform::exit);
        }
    }

    /** The window fills the (virtual) screen, as a maximised window would; Xvfb has no window manager. */
    private void fillScreen() {
        var bounds = javafx.stage.Screen.getPrimary().getBounds();
        window.stage().setX(0);
        window.stage().setY(0);
        window.stage().setWidth(bounds.getWidth());
        window.stage().setHeight(bounds.getHeight());
    }

    private void shoot(int index, String name) throws Exception {
        Thread.sleep(Long.getLong("esw.tourDelay", 1500));
        String file = directory.resolve(String.format("%02d-%s.png", index + 1, name)).toString();
        Process p = new ProcessBuilder("import", "-window", "root", file).inheritIO().start();
        p.waitFor();
        System.out.println("screenshot " + file);
    }

    private static void onFx(Runnable action) throws InterruptedException {
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
}
