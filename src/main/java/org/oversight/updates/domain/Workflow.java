package org.oversight.updates.domain;

/** Where the lead's update is in its round between the lead and the analyst (ADR 0015). */
public enum Workflow {
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    /** The lead may still write: nothing is with the analyst and nothing is accepted. */
    public boolean leadMayWrite() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }
}
