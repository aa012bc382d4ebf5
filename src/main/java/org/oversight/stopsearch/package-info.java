/**
 * Stop and search oversight: the figures the office scrutinises (searches by power, outcome, object,
 * age and gender; positive outcome rates overall and for reasonable-grounds searches; outcomes linked
 * to the object of search; strip searches, children and section 60) and disproportionality by broad
 * ethnic group with its 95% confidence interval, for the public page and the command line. Reads the
 * imported records through {@code PoliceDataApi} and the population through {@code Population}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stop and search")
package org.oversight.stopsearch;
