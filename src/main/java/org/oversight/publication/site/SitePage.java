package org.oversight.publication.site;

import java.util.List;

/**
 * A page of the public site around its body: the office's name (from the snapshot), the period it
 * belongs to, notices (corrections, demonstration data), and the body's HTML (from {@code reports} or
 * this module's own templates, never from a request).
 *
 * @param ownHeading whether the body has its own {@code h1} (a whole document)
 * @param nav which menu item is current: home, plan, performance, stop-and-search, national, open-data, history
 */
record SitePage(
        String title,
        String caption,
        String office,
        String periodSlug,
        boolean stopSearch,
        boolean demonstration,
        List<String> notices,
        String body,
        boolean ownHeading,
        String nav) {}
