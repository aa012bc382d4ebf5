/**
 * The Strategic Policing and Crime Board: meetings and their performance reports (assembled from a
 * reporting cycle and the performance figures, frozen through {@code reports}), questions, the
 * action tracker, the summits' action plans and scrutiny prompts (ADR 0021). Every change publishes
 * an audited event of this package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Strategic Policing and Crime Board")
package org.oversight.board;
