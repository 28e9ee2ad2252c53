package io.eswizard.ui.pages.sso;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.DerivedUrls;
import io.eswizard.model.field.DerivedValues;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.Page;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.pages.PageViewModel;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Single sign-on through WSO2 Identity Server. The URL fields are overrides; what they default
 * to comes from {@link DerivedUrls} and is offered as prompt text.
 */
public final class SsoViewModel extends PageViewModel {

    private final Map<Field, ReadOnlyStringWrapper> derived = Map.of(
            Field.PUBLISHER_ACS_URL, new ReadOnlyStringWrapper(),
            Field.STORE_ACS_URL, new ReadOnlyStringWrapper(),
            Field.SOCIAL_ACS_URL, new ReadOnlyStringWrapper(),
            Field.IDP_URL, new ReadOnlyStringWrapper());

    public SsoViewModel(ProjectState state) {
        super(state, Page.SSO);
        state.projectProperty().addListener((o, old, p) -> derive(p));
        start();
        derive(state.project());
    }

    /** What each URL would be without an override. */
    private void derive(ClusterProject p) {
        derived.forEach((field, value) -> value.set(DerivedValues.of(field, p).orElseThrow()));
    }

    /** The URL that an empty override of {@code field} stands for. */
    public ReadOnlyStringProperty derived(Field field) {
        ReadOnlyStringWrapper value = derived.get(field);
        if (value == null) {
            throw new IllegalArgumentException(field + " is not a URL override");
        }
        return value.getReadOnlyProperty();
    }
}
