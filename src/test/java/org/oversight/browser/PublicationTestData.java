package org.oversight.browser;

import java.util.List;
import java.util.function.Supplier;
import org.oversight.publication.PublicationApi;
import org.oversight.publication.PublishedSnapshot;
import org.oversight.reports.Snapshot;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Publications for the browser tests, made once per application context: 2014/15 Q4 of the 2014-15
 * plan published and then corrected (so that the public site shows a correction and keeps version 1),
 * and the 2014/15 annual statement.
 */
final class PublicationTestData {

    static final String QUARTER = "2014-15-q4";

    private PublicationTestData() {}

    /** The first version of the quarter's publication, published; made if there is none. */
    static synchronized PublishedSnapshot publish(ApplicationContext context) {
        PublicationApi publications = context.getBean(PublicationApi.class);
        List<PublishedSnapshot> published = publications.published();
        if (!published.isEmpty()) {
            return published.stream()
                    .filter(p -> p.periodSlug().equals(QUARTER) && p.kind().equals("publication") && p.version() == 1)
                    .findFirst()
                    .orElseThrow();
        }
        String plan = "wm-police-and-crime-plan";
        List<Snapshot> quarter = as(
                "browser-analyst",
                "ANALYST",
                () -> publications.prepare("2014/15 Q4", plan, "2014-15", "browser-analyst"));
        for (Snapshot snapshot : quarter) {
            as("browser-analyst", "ANALYST", () -> publications.freeze(snapshot.id(), "browser-analyst"));
        }
        PublishedSnapshot first = as(
                        "browser-admin",
                        "ADMIN",
                        () -> publications.approve(quarter.get(0).id(), "browser-admin"))
                .get(0);
        Snapshot correction = as(
                "browser-analyst",
                "ANALYST",
                () -> publications.correct(
                        quarter.get(0).id(), "March 2015 was imported again after a correction.", "browser-analyst"));
        as("browser-analyst", "ANALYST", () -> publications.freeze(correction.id(), "browser-analyst"));
        as("browser-admin", "ADMIN", () -> publications.approve(correction.id(), "browser-admin"));
        Snapshot annual = as(
                        "browser-analyst",
                        "ANALYST",
                        () -> publications.prepare("2014/15", plan, "2014-15", "browser-analyst"))
                .get(0);
        as("browser-analyst", "ANALYST", () -> publications.freeze(annual.id(), "browser-analyst"));
        as("browser-admin", "ADMIN", () -> publications.approve(annual.id(), "browser-admin"));
        return first;
    }

    private static <T> T as(String user, String role, Supplier<T> action) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user, "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
