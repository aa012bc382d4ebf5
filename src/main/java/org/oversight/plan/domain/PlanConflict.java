package org.oversight.plan.domain;

/** An edit was made from a copy of a plan version that someone else has changed since. */
public class PlanConflict extends RuntimeException {

    public PlanConflict(String what) {
        super(what + " was changed by someone else after you opened it. Your changes have not been saved.");
    }
}
