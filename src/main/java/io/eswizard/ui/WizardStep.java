package io.eswizard.ui;

import io.eswizard.model.field.Page;
import io.eswizard.ui.pages.WizardPage;
import java.util.function.Function;

/**
 * One entry of the step list: a page of the catalogue and how to build it. Which problems the page
 * shows follows from the catalogue ({@link io.eswizard.model.field.Field#page()}).
 *
 * @param page    the page; its id names the step list cell ("step-" + id), its title is shown there
 * @param factory builds the page
 */
public record WizardStep(Page page, Function<WizardContext, WizardPage> factory) {

    public String id() {
        return page.id();
    }

    public String title() {
        return page.title();
    }
}
