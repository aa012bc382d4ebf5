/**
 * The reporting cycle: cycles for a plan version, what each commitment's lead must report (due, not
 * required, deferred), the lead officers' updates (draft, submitted, returned, accepted) with their
 * history and evidence, reminders and escalation, and the cycle dashboard (ADR 0015). Other modules
 * use {@link org.oversight.updates.UpdatesApi}; every change publishes an event of this package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting cycle and updates")
package org.oversight.updates;
