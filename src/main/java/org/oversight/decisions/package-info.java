/**
 * The decisions register: each decision of the Commissioner (and other decision-makers) with its
 * number, title, date, decision-maker, summary and financial implications, and its published
 * decision notice; searchable, imported from CSV or entered in the browser. Other modules use
 * {@link org.oversight.decisions.DecisionsApi}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Decisions register")
package org.oversight.decisions;
