package io.eswizard.model;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * Passwords the playbook needs. Never saved in a project file: the wizard asks for them each
 * session, the command line reads them from the environment or a secrets file.
 *
 * @param databasePassword      password of the application database user
 * @param databaseAdminPassword password of the MySQL admin user (only for AdminAccess.PASSWORD)
 */
public record Secrets(String databasePassword, String databaseAdminPassword) {

    public static final Secrets NONE = new Secrets("", "");

    public boolean hasDatabasePassword() {
        return databasePassword != null && !databasePassword.isEmpty();
    }

    /** Every password, for masking in logs and output: a new component is among them without further edits. */
    public List<String> values() {
        return Arrays.stream(getClass().getRecordComponents()).map(this::value).toList();
    }

    /** Every password set to {@code text}: the example secrets file of a bundle. */
    public static Secrets allSetTo(String text) {
        RecordComponent[] components = Secrets.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Arrays.fill(values, text);
        try {
            return Secrets.class.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private String value(RecordComponent component) {
        try {
            return (String) component.getAccessor().invoke(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps passwords out of logs and exception messages. */
    @Override
    public String toString() {
        return "Secrets[****]";
    }
}
