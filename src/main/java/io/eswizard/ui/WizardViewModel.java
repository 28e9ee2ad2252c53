package io.eswizard.ui;

import io.eswizard.model.field.FieldRef;
import io.eswizard.model.field.Page;
import io.eswizard.validation.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Where the wizard is: the current page, the pages visited, the pages whose warnings were accepted,
 * and whether Next may leave a page. Each problem belongs to the page its field is on (the catalogue
 * says which); a page that is not in the list hands its problems to Review. The window only shows
 * what this decides. Needs no FX toolkit.
 */
public final class WizardViewModel {

    /** What Next did. */
    public sealed interface Next permits Moved, Refused, Warned {
    }

    /** Went on to the next page. */
    public record Moved(int index) implements Next {
    }

    /** Stayed: the page has errors; {@code field} is the first one to fix. */
    public record Refused(String message, FieldRef field) implements Next {
    }

    /** Stayed: the page has warnings the admin has not accepted yet ({@link #acceptWarnings()}). */
    public record Warned(String message) implements Next {
    }

    private final List<Page> pages;
    private final List<Problem> problems;
    private final Set<Integer> visited = new HashSet<>();
    private final Set<Integer> warningsAccepted = new HashSet<>();
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);

    /**
     * @param pages    the wizard's pages in order ({@link WizardSteps#pages()})
     * @param problems the validator's current findings; read on every question, never copied
     */
    public WizardViewModel(List<Page> pages, List<Problem> problems) {
        this.pages = List.copyOf(pages);
        this.problems = problems;
    }

    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public int current() {
        return current.get();
    }

    public int size() {
        return pages.size();
    }

    public Page page(int index) {
        return pages.get(index);
    }

    public int indexOf(Page page) {
        return pages.indexOf(page);
    }

    public BooleanBinding canGoBack() {
        return current.lessThanOrEqualTo(0).not();
    }

    public BooleanBinding canGoNext() {
        return current.greaterThanOrEqualTo(pages.size() - 1).not();
    }

    /** The page that shows the field; Review for a field no page of the list shows. */
    public int ownerOf(FieldRef field) {
        int owner = pages.indexOf(field.page());
        return owner >= 0 ? owner : pages.indexOf(Page.REVIEW);
    }

    public List<Problem> problemsOf(int index) {
        return problems.stream().filter(p -> ownerOf(p.field()) == index).toList();
    }

    public boolean isVisited(int index) {
        return visited.contains(index);
    }

    public StepState stateOf(int index) {
        if (!visited.contains(index) || !pages.get(index).hasSettings()) {
            return StepState.UNTOUCHED;
        }
        List<Problem> found = problemsOf(index);
        if (found.stream().anyMatch(Problem::isError)) {
            return StepState.ERRORS;
        }
        return found.isEmpty() ? StepState.COMPLETE : StepState.WARNINGS;
    }

    /** Goes to the page; false when it is out of range or already shown. */
    public boolean show(int index) {
        if (index < 0 || index >= pages.size() || index == current.get()) {
            return false;
        }
        visited.add(index);
        current.set(index);
        return true;
    }

    public boolean back() {
        return show(current.get() - 1);
    }

    /** Next refuses a page with errors and asks once about warnings. */
    public Next next() {
        int index = current.get();
        List<Problem> found = pages.get(index).hasSettings() ? problemsOf(index) : List.of();
        List<Problem> errors = found.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            String message = errors.size() == 1 ? "Fix this before going on: " + errors.get(0).message()
                    : "Fix the " + errors.size() + " problems marked in red before going on. First: "
                            + errors.get(0).message();
            return new Refused(message, errors.get(0).field());
        }
        if (!found.isEmpty() && !warningsAccepted.contains(index)) {
            return new Warned("Please check: " + found.get(0).message()
                    + (found.size() > 1 ? " (and " + (found.size() - 1) + " more)" : ""));
        }
        show(index + 1);
        return new Moved(current.get());
    }

    /** The admin read the current page's warnings: Next lets them pass from now on. */
    public void acceptWarnings() {
        warningsAccepted.add(current.get());
    }

    /**
     * A new project: nothing visited or accepted; shows the first page after Start when
     * {@code atFirstSettingsPage} (the admin chose the project there), else Start itself.
     */
    public void startOver(boolean atFirstSettingsPage) {
        visited.clear();
        warningsAccepted.clear();
        current.set(-1);
        show(atFirstSettingsPage ? pages.indexOf(Page.START) + 1 : 0);
    }
}
