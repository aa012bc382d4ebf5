package org.oversight.shared;

/**
 * A change to what Oversight stores that the audit trail must record: who changed what, and how.
 * Every module's events that change something (past-tense records in the module's root package,
 * such as {@code PlanVersionImported}) implement this and are published with Spring's
 * {@code ApplicationEventPublisher} inside the transaction that makes the change. The audit module
 * records each one in that same transaction (with the time and, in a web request, the caller's
 * address), so that a change without its audit entry cannot happen.
 */
public interface AuditedChange {

    /** The module that made the change: {@code plan}, {@code policedata}, {@code accounts} … */
    String module();

    /** What was done, in kebab case: {@code plan-version-imported}, {@code batch-removed} … */
    String action();

    /** The kind of thing changed: {@code plan-version}, {@code import-batch}, {@code user-account} … */
    String objectType();

    /** Which one, as people would name it: {@code wm-police-and-crime-plan/2014-15}, {@code 42} … */
    String objectId();

    /** Who made the change: a user name, or {@code system} for start-up and scheduled work. */
    String by();

    /** The object before the change (JSON or plain text), or {@code null} when it is new or not kept. */
    default String before() {
        return null;
    }

    /** The object after the change (JSON or plain text), or {@code null} when it is gone or not kept. */
    default String after() {
        return null;
    }

    /** The change in one plain-English sentence, for people reading the trail. */
    String summary();
}
