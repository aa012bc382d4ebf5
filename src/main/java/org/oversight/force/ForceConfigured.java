package org.oversight.force;

import org.oversight.shared.AuditedChange;

/**
 * The force this Oversight serves, or its office's name, was set or changed.
 *
 * @param previous the settings before ("slug, name, office"), or null on the first setting
 */
public record ForceConfigured(String slug, String name, String officeName, String previous, String by)
        implements AuditedChange {

    @Override
    public String module() {
        return "force";
    }

    @Override
    public String action() {
        return "force-configured";
    }

    @Override
    public String objectType() {
        return "force-setting";
    }

    @Override
    public String objectId() {
        return slug;
    }

    @Override
    public String before() {
        return previous;
    }

    @Override
    public String after() {
        return words(slug, name, officeName);
    }

    @Override
    public String summary() {
        return "Oversight serves " + name + " (" + slug + ") for the " + officeName + ".";
    }

    static String words(String slug, String name, String officeName) {
        return "force: " + name + " (" + slug + "); office: " + officeName;
    }
}
