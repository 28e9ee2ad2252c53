package io.eswizard.model;

/** A choice with its words for people: what the pages offer and what Review says. */
public interface Described {

    /** The choice in plain words, e.g. "Well-known members" for {@code wka}. */
    String label();
}
