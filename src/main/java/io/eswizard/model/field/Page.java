package io.eswizard.model.field;

/**
 * The wizard's pages. Every setting belongs to one of them ({@link Field#page()}), which is where the
 * wizard shows its problems and where "Go to" links lead; the wizard lists them in this order.
 */
public enum Page {
    START("start", "Start"),
    CONNECTION("connection", "Connection"),
    DATABASE("database", "Database"),
    NODES("nodes", "Nodes"),
    CLUSTER("cluster", "Cluster"),
    SSO("sso", "Single sign-on"),
    LOAD_BALANCER("load-balancer", "Load balancer"),
    REVIEW("review", "Review"),
    RUN("run", "Run"),
    VERIFY("verify", "Verify");

    private final String id;
    private final String title;

    Page(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** Stable id, e.g. "load-balancer"; the step list's cell for the page gets id "step-" + id. */
    public String id() {
        return id;
    }

    /** What the step list and human field labels call the page. */
    public String title() {
        return title;
    }

    /** False for the Run and Verify pages: they hold no settings, so they are never checked or counted as complete. */
    public boolean hasSettings() {
        return this != RUN && this != VERIFY;
    }
}
