package io.eswizard.validation;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/** Small builders for test projects, so each test states only what it changes. */
final class Projects {

    static final String DB = "10.0.0.10";
    static final String IS = "10.0.0.20";
    static final String LB = "10.0.0.30";

    private Projects() {
    }

    /** The reference preset with addresses filled in, as an admin would after accepting the defaults. */
    static ClusterProject reference() {
        ClusterProject p = ProjectDefaults.reference("shop", 2, 2);
        List<EsNode> nodes = new ArrayList<>();
        for (int i = 0; i < p.nodes().size(); i++) {
            nodes.add(p.nodes().get(i).withAddress("10.0.0." + (11 + i)));
        }
        return p.withDatabase(p.database().withHost(DB))
                .withNodes(nodes)
                .withSso(with(p.sso(), "isAddress", IS))
                .withLoadBalancer(with(p.loadBalancer(), "address", LB));
    }

    /** The reference with real host names: no findings at all, a baseline every rule test changes. */
    static ClusterProject clean() {
        return FieldValues.write(Field.STORE_HOST_NAME, FieldValues.write(Field.PUBLISHER_HOST_NAME, reference(),
                "publisher.es.mycompany.com"), "store.es.mycompany.com");
    }

    static ClusterProject withNode(ClusterProject p, int index, UnaryOperator<EsNode> change) {
        List<EsNode> nodes = new ArrayList<>(p.nodes());
        nodes.set(index, change.apply(nodes.get(index)));
        return p.withNodes(nodes);
    }

    /** A copy of {@code r} with one record component replaced; works for every model record. */
    static <R extends Record> R with(R r, String component, Object value) {
        try {
            RecordComponent[] components = r.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            boolean found = false;
            for (int i = 0; i < components.length; i++) {
                boolean match = components[i].getName().equals(component);
                found |= match;
                args[i] = match ? value : components[i].getAccessor().invoke(r);
            }
            if (!found) {
                throw new IllegalArgumentException(r.getClass().getSimpleName() + " has no " + component);
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            @SuppressWarnings("unchecked")
            Constructor<R> ctor = (Constructor<R>) r.getClass().getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
