package io.eswizard.ui.pages;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import io.eswizard.model.field.Page;
import io.eswizard.ui.ProjectState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * A page's view model: one property per setting the catalogue puts on the page ({@link Field#on}),
 * loaded from the project record and written back into a new record on every edit; passwords go to
 * the session's {@link Secrets} instead, never into the project. Lists (nodes, overrides, members)
 * and maps (per-machine passwords) have no generic property: a subclass adds them through
 * {@link #load} and {@link #applyTo}.
 * Needs no FX toolkit.
 */
public class PageViewModel {

    private final ProjectState state;
    private final Map<Field, Property<?>> settings = new LinkedHashMap<>();
    private final Map<Field, Property<?>> secrets = new LinkedHashMap<>();
    private boolean loading;

    public PageViewModel(ProjectState state, Page page) {
        this.state = state;
        for (Field field : Field.on(page)) {
            if (!field.isItem() && FieldValues.type(field) != List.class && FieldValues.type(field) != Map.class) {
                (field.isSecret() ? secrets : settings).put(field, newProperty(FieldValues.type(field)));
            }
        }
        settings.values().forEach(this::watch);
        secrets.forEach((field, property) -> property.addListener((o, old, now) -> storeSecret(field, now)));
        // a password given elsewhere (the Run page's dialog) shows here as entered
        state.secretsProperty().addListener((o, old, now) -> showSecrets(now));
        state.onReplace(this::reload);
        // a page model of its own kind loads once its own properties exist (start()); a plain one now
        if (getClass() == PageViewModel.class) {
            reload(state.project());
        }
    }

    /** Call at the end of the subclass constructor, after its own properties exist. */
    protected final void start() {
        reload(state.project());
    }

    private static Property<?> newProperty(Class<?> type) {
        if (type == String.class) {
            return new SimpleStringProperty("");
        }
        if (type == int.class) {
            return new SimpleIntegerProperty();
        }
        if (type == boolean.class) {
            return new SimpleBooleanProperty();
        }
        if (type.isEnum()) {
            return new SimpleObjectProperty<>();
        }
        throw new IllegalArgumentException("no input for a setting of type " + type);
    }

    private void reload(ClusterProject p) {
        loading = true;
        try {
            settings.forEach((field, property) -> set(property, FieldValues.read(field, p)));
            Secrets current = state.secretsProperty().get();
            secrets.forEach((field, property) -> set(property, FieldValues.read(field, current)));
            load(p);
        } finally {
            loading = false;
        }
    }

    private void showSecrets(Secrets current) {
        if (loading) {
            return;
        }
        loading = true;
        try {
            secrets.forEach((field, property) -> {
                Object value = FieldValues.read(field, current == null ? Secrets.NONE : current);
                if (!java.util.Objects.equals(property.getValue(), value)) {
                    set(property, value);
                }
            });
        } finally {
            loading = false;
        }
    }

    @SuppressWarnings("unchecked")
    private static void set(Property<?> property, Object value) {
        ((Property<Object>) property).setValue(value);
    }

    private ClusterProject write(ClusterProject p) {
        ClusterProject result = p;
        for (Map.Entry<Field, Property<?>> e : settings.entrySet()) {
            Object value = e.getValue().getValue();
            result = FieldValues.write(e.getKey(), result, value instanceof String s ? s.strip() : value);
        }
        return applyTo(result);
    }

    private void storeSecret(Field field, Object value) {
        if (!loading) {
            state.secretsProperty().set(FieldValues.write(field, state.secretsProperty().get(), value));
        }
    }

    /** Hook: copies what the generic properties do not hold (lists) from the record. */
    protected void load(ClusterProject p) {
    }

    /** Hook: writes what the generic properties do not hold into the record. */
    protected ClusterProject applyTo(ClusterProject p) {
        return p;
    }

    /** Any change of these writes the page back into the project. */
    protected final void watch(Observable... observables) {
        for (Observable o : observables) {
            // a change listener: an invalidation listener stays silent until someone reads the value
            if (o instanceof ObservableValue<?> value) {
                value.addListener((x, old, now) -> commit());
            } else {
                o.addListener(x -> commit());
            }
        }
    }

    protected final void commit() {
        if (!loading) {
            state.edit(this::write);
        }
    }

    /** True while the page is being filled from the project (changes then are not edits). */
    protected final boolean loading() {
        return loading;
    }

    /** Updates properties from the project without writing them back. */
    protected final void runLoading(Runnable update) {
        boolean was = loading;
        loading = true;
        try {
            update.run();
        } finally {
            loading = was;
        }
    }

    /** The property of a text setting or password on this page. */
    public final StringProperty text(Field field) {
        return (StringProperty) property(field);
    }

    /** The property of a whole-number setting on this page. */
    public final IntegerProperty number(Field field) {
        return (IntegerProperty) property(field);
    }

    /** The property of a yes/no setting on this page. */
    public final BooleanProperty flag(Field field) {
        return (BooleanProperty) property(field);
    }

    /** The property of a choice (an enum) on this page. */
    @SuppressWarnings("unchecked")
    public final <E> ObjectProperty<E> choice(Field field) {
        return (ObjectProperty<E>) property(field);
    }

    private Property<?> property(Field field) {
        Property<?> p = settings.containsKey(field) ? settings.get(field) : secrets.get(field);
        if (p == null) {
            throw new IllegalArgumentException(field + " has no property on this page");
        }
        return p;
    }

    public final ProjectState state() {
        return state;
    }

    public final ClusterProject project() {
        return state.project();
    }
}
