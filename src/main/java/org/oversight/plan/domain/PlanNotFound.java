package org.oversight.plan.domain;

/** No plan (or version of a plan) has the key or label asked for. */
public class PlanNotFound extends RuntimeException {

    public PlanNotFound(String message) {
        super(message);
    }
}
