/**
 * Target evaluation: judges any {@link org.oversight.plan.Target} for a measure against its
 * indicator data as at a month ({@link org.oversight.performance.target.TargetEvaluator}), giving a
 * {@link org.oversight.performance.target.TargetStatus}, the numbers behind it and a plain-English
 * sentence; and checks whether annual milestones add up to their overall target
 * ({@link org.oversight.performance.target.MilestoneConsistency}). Plain Java, no Spring;
 * {@code docs/targets-and-periods.md} states every rule as implemented.
 */
package org.oversight.performance.target;
