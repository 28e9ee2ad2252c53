package io.eswizard.model;

/** Where the load balancer's TLS certificate comes from. */
public enum TlsMode implements Described {
    /** A self-signed certificate for the public host names, made on the load balancer. */
    GENERATE("A new self-signed certificate"),
    /** Certificate and key files the admin supplies. */
    PROVIDED("My certificate and key files");

    private final String label;

    TlsMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
