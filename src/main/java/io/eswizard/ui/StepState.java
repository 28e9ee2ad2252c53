package io.eswizard.ui;

/** What the step list shows for a page. */
public enum StepState {
    UNTOUCHED("Not visited yet"),
    COMPLETE("Complete"),
    WARNINGS("Complete, with warnings"),
    ERRORS("Has problems to fix");

    private final String description;

    StepState(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String styleClass() {
        return "esw-step-" + name().toLowerCase();
    }
}
