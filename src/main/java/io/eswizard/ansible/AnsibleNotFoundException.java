package io.eswizard.ansible;

/** Ansible is not installed (or not where configured); the message says how to install it. */
public final class AnsibleNotFoundException extends Exception {

    public AnsibleNotFoundException(String message) {
        super(message);
    }
}
