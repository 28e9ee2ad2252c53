package io.eswizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.field.Field;
import io.eswizard.model.field.Page;
import io.eswizard.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Navigation follows the step list and the catalogue's pages; no FX toolkit needed. */
class WizardViewModelTest {

    private final List<Problem> problems = new ArrayList<>();
    private final WizardViewModel nav = new WizardViewModel(WizardSteps.pages(), problems);

    private int index(Page page) {
        return nav.indexOf(page);
    }

    @Test
    void theStepsAreTheCataloguesPagesInOrder() {
        assertEquals(List.of(Page.values()), WizardSteps.pages());
        assertEquals(-1, nav.current());
        assertTrue(nav.show(0));
        assertFalse(nav.show(0), "already there");
        assertFalse(nav.show(nav.size()), "out of range");
        assertFalse(nav.canGoBack().get());
        assertTrue(nav.canGoNext().get());
        nav.show(nav.size() - 1);
        assertTrue(nav.canGoBack().get());
        assertFalse(nav.canGoNext().get());
    }

    @Test
    void eachProblemBelongsToThePageOfItsField() {
        Problem zip = Problem.error(Field.IS_ZIP, "zip");
        Problem node = Problem.warning(Field.NODE_MEMBER_PORT.at(1, "publisher-2"), "port");
        Problem packs = Problem.error(Field.ES_ZIP, "es zip");
        problems.addAll(List.of(zip, node, packs));
        assertEquals(List.of(zip), nav.problemsOf(index(Page.SSO)), "the IS archive is on the SSO page");
        assertEquals(List.of(node, packs), nav.problemsOf(index(Page.NODES)));
        assertEquals(index(Page.NODES), nav.ownerOf(node.field()));
        WizardViewModel withoutSso = new WizardViewModel(List.of(Page.START, Page.NODES, Page.REVIEW), problems);
        assertEquals(2, withoutSso.ownerOf(zip.field()), "a page not in the list hands its problems to Review");
    }

    @Test
    void stepStatesAppearOncePagesAreVisited() {
        problems.add(Problem.error(Field.DATABASE_HOST, "missing"));
        problems.add(Problem.warning(Field.SESSION_AFFINITY, "off"));
        assertEquals(StepState.UNTOUCHED, nav.stateOf(index(Page.DATABASE)));
        for (Page p : List.of(Page.DATABASE, Page.LOAD_BALANCER, Page.CONNECTION, Page.RUN)) {
            nav.show(index(p));
        }
        assertEquals(StepState.ERRORS, nav.stateOf(index(Page.DATABASE)));
        assertEquals(StepState.WARNINGS, nav.stateOf(index(Page.LOAD_BALANCER)));
        assertEquals(StepState.COMPLETE, nav.stateOf(index(Page.CONNECTION)));
        assertEquals(StepState.UNTOUCHED, nav.stateOf(index(Page.RUN)), "Run holds no settings");
    }

    @Test
    void nextRefusesErrorsAndAsksOnceAboutWarnings() {
        problems.add(Problem.error(Field.DATABASE_HOST, "The database address is missing."));
        problems.add(Problem.error(Field.DATABASE_PORT, "The port is 0."));
        nav.show(index(Page.DATABASE));
        WizardViewModel.Refused refused = assertInstanceOf(WizardViewModel.Refused.class, nav.next());
        assertEquals("Fix the 2 problems marked in red before going on. First: The database address is missing.",
                refused.message());
        assertEquals(Field.DATABASE_HOST.ref(), refused.field());
        assertEquals(index(Page.DATABASE), nav.current());

        problems.clear();
        problems.add(Problem.warning(Field.ALLOW_ANY_HOST, "Any host may connect."));
        problems.add(Problem.warning(Field.SOCIAL_DATABASE, "Shared."));
        WizardViewModel.Warned warned = assertInstanceOf(WizardViewModel.Warned.class, nav.next());
        assertEquals("Please check: Any host may connect. (and 1 more)", warned.message());
        nav.acceptWarnings();
        assertEquals(new WizardViewModel.Moved(index(Page.NODES)), nav.next());
        nav.back();
        assertEquals(new WizardViewModel.Moved(index(Page.NODES)), nav.next(), "accepted once is enough");
    }

    @Test
    void startingOverForgetsVisitsAndGoesToTheFirstPageAfterStart() {
        problems.add(Problem.warning(Field.BECOME, "no sudo"));
        nav.show(index(Page.CONNECTION));
        nav.acceptWarnings();
        nav.show(index(Page.DATABASE));
        nav.startOver(true);
        assertEquals(index(Page.CONNECTION), nav.current());
        assertFalse(nav.isVisited(index(Page.DATABASE)));
        assertInstanceOf(WizardViewModel.Warned.class, nav.next(), "accepted warnings are forgotten too");
        nav.startOver(false);
        assertEquals(index(Page.START), nav.current());
    }
}
