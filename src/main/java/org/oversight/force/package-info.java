/**
 * The force: which data.police.uk police force this Oversight serves and the name of the office that
 * runs it, set on the first start (a setting, or a first-run page for administrators). Other modules
 * use {@link org.oversight.force.ForceApi}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Force")
package org.oversight.force;
