package io.eswizard.ui;

import io.eswizard.model.field.FieldRef;
import io.eswizard.ui.components.Banner;
import io.eswizard.validation.Problem;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The window's banner and the field whose problem it shows: the banner goes as soon as that problem
 * is fixed, and an edit that makes another page's field wrong is reported on the page being edited.
 */
final class ProblemBanner {

    private final Banner banner;
    private final WizardViewModel navigation;
    private final Consumer<FieldRef> goToField;
    /** The field whose error the banner shows; null when it shows none. */
    private FieldRef shownField;
    /** The errors of the last validation; null until a project's first one, so loading one reports nothing. */
    private Set<FieldRef> lastErrors;

    ProblemBanner(Banner banner, WizardViewModel navigation, Consumer<FieldRef> goToField) {
        this.banner = banner;
        this.navigation = navigation;
        this.goToField = goToField;
    }

    /**
     * After each validation: hides a banner whose field is fixed and, when the page shown has settings,
     * names the first error a change caused on another page.
     */
    void afterValidation(List<Problem> problems, boolean pageHasSettings) {
        Set<FieldRef> errors = new LinkedHashSet<>();
        problems.stream().filter(Problem::isError).forEach(p -> errors.add(p.field()));
        if (shownField != null && !errors.contains(shownField)) {
            hide();
        }
        if (lastErrors != null && pageHasSettings) {
            reportElsewhere(problems);
        }
        lastErrors = errors;
    }

    private void reportElsewhere(List<Problem> problems) {
        int here = navigation.current();
        for (Problem p : problems) {
            if (p.isError() && !lastErrors.contains(p.field()) && navigation.ownerOf(p.field()) != here) {
                shownField = p.field();
                banner.showWarning("This change causes a problem in " + p.field().label() + ": " + p.message(),
                        "_Go to " + navigation.page(navigation.ownerOf(p.field())).title(),
                        () -> goToField.accept(p.field()));
                return;
            }
        }
    }

    /** Next refused the page: the error stays until its field is fixed. */
    void showRefusal(String message, FieldRef field) {
        banner.showError(message);
        shownField = field;
    }

    void showWarning(String message, String action, Runnable onAction) {
        banner.showWarning(message, action, onAction);
    }

    void hide() {
        banner.hide();
        shownField = null;
    }

    /** Another project: its first validation reports nothing on other pages. */
    void forgetErrors() {
        lastErrors = null;
    }
}
