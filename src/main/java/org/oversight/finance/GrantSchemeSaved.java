package org.oversight.finance;

import org.oversight.shared.AuditedChange;

/** A grant scheme was created or its name, description or funder changed. */
public record GrantSchemeSaved(String slug, String name, boolean created, String by, String before, String after)
        implements AuditedChange {

    @Override
    public String module() {
        return "finance";
    }

    @Override
    public String action() {
        return created ? "grant-scheme-created" : "grant-scheme-changed";
    }

    @Override
    public String objectType() {
        return "grant-scheme";
    }

    @Override
    public String objectId() {
        return slug;
    }

    @Override
    public String summary() {
        return (created ? "Created the grant scheme " : "Changed the grant scheme ") + name + ".";
    }
}
