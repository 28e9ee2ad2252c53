package io.eswizard.ui.pages;

import io.eswizard.model.field.FieldRef;
import io.eswizard.validation.Problem;
import java.util.List;
import javafx.scene.Node;

/**
 * One step of the wizard as the shell sees it. The view is built on first use. Pages made by
 * other packages (the Run page) implement this directly.
 */
public abstract class WizardPage {

    /** Style class of a page's own actions (buttons), which must show without scrolling the page. */
    public static final String ACTION = "esw-action";

    private Node view;

    public final Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    protected abstract Node build();

    /** Called each time the page becomes the visible one. */
    public void onShow() {
    }

    /** Shows the validator's problems that belong to this page (replacing earlier ones). */
    public void showProblems(List<Problem> pageProblems) {
    }

    /** Moves the keyboard focus to the input of the field; false when there is none. */
    public boolean focusField(FieldRef field) {
        return false;
    }

    /**
     * True for a page laid out to the window's height (Run, Verify: their lists scroll inside), false for a
     * form that scrolls as a whole.
     */
    /**
     * The admin asked for the page's errors (Next refused, or a link to a field): from now on every
     * error shows, also on fields left empty and not yet touched.
     */
    public void revealAllErrors() {
    }

    public boolean fillsWindow() {
        return false;
    }

    /** False for pages the shell must not validate-gate or count as complete (e.g. Run). */
    public boolean hasSettings() {
        return true;
    }
}
