/**
 * Publication: the quarter's performance, the national measures statement and the annual statement,
 * drafted from the figures as {@code reports} snapshots, approved by a second person and then
 * published on the public site and as open data (CSV, JSON, CSVW metadata, Atom). The public site
 * reads only released snapshots. See ADR 0022 and docs/publication.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publication")
package org.oversight.publication;
