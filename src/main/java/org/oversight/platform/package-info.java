/**
 * Platform: what every module runs on and no business area owns: the database (embedded PostgreSQL
 * or an external one), the page layout and GOV.UK Frontend assets, and the command-line launcher.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.oversight.platform;
