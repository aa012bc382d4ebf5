package org.oversight.audit;

import org.oversight.shared.AuditedChange;

/** A change made by a test, recorded like any module's. */
record TestChange(String objectId, String summary, String before, String after) implements AuditedChange {

    TestChange(String objectId) {
        this(objectId, "Test change to " + objectId, "{\"n\":1}", "{\"n\":2}");
    }

    @Override
    public String module() {
        return "test";
    }

    @Override
    public String action() {
        return "thing-changed";
    }

    @Override
    public String objectType() {
        return "thing";
    }

    @Override
    public String by() {
        return "tester";
    }
}
