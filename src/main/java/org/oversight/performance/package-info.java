/**
 * Performance: indicators, observations, periods, target evaluation and statistical process control
 * in the "Making Data Count" way. Other modules use this package's API only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Performance")
package org.oversight.performance;
