/**
 * Statistical process control in NHS England's "Making Data Count" way: an XmR chart of a regular
 * series with its process limits, the four special cause rules, point types and assurance against a
 * target. Plain Java (no Spring): {@link org.oversight.performance.spc.Spc#calculate} is the entry
 * point and {@code docs/spc.md} states every rule as implemented.
 *
 * <p>Other modules may draw SPC charts with it (the named interface {@code spc}).
 */
@org.springframework.modulith.NamedInterface("spc")
package org.oversight.performance.spc;
