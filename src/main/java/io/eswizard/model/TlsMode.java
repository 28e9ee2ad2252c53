package io.eswizard.model;

/** Where the load balancer's TLS certificate comes from. */
public enum TlsMode {
    /** A self-signed certificate for the public host names, made on the load balancer. */
    GENERATE,
    /** Certificate and key files the admin supplies. */
    PROVIDED
}
