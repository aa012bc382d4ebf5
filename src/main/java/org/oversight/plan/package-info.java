/**
 * The plan register: Police and Crime Plans and their versions (variations), objectives,
 * commitments with their lead and reporting cadence, and measures with their targets as written.
 * Other modules use {@link org.oversight.plan.PlanApi} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan register")
package org.oversight.plan;
