package org.oversight.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.openqa.selenium.By;

/**
 * What every page must be, checked on the page the browser shows: axe-core finds no violation of
 * WCAG 2.2 A and AA or of its best practices, the page has a title, exactly one h1 and exactly one
 * main landmark, no summary element outside a details element, and it answered with the HTTP status
 * expected of it.
 */
final class PageChecks {

    /** The HTTP status of the page's own response (Chromium 109 and later). */
    private static final String STATUS =
            "const nav = performance.getEntriesByType('navigation')[0]; return nav ? nav.responseStatus : 0;";

    private final Axe axe;
    private final Routes routes;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> covered = new TreeSet<>();
    private int checked;
    private long nanos;

    PageChecks(Axe axe, Routes routes) {
        this.axe = axe;
        this.routes = routes;
    }

    /** Checks the page the browser shows, which should have answered with the given status. */
    void check(Browser browser, String name, int expectedStatus) {
        long start = System.nanoTime();
        try {
            checkPage(browser, name, expectedStatus);
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    private void checkPage(Browser browser, String name, int expectedStatus) {
        checked++;
        String url = browser.driver().getCurrentUrl();
        if (routes.of(URI.create(url)) instanceof Routes.Page page) {
            covered.add(page.pattern().replaceFirst("\\?.*", ""));
        }
        String where = name + " (" + url + ")";
        Object status = browser.driver().executeScript(STATUS);
        if (!(status instanceof Number number) || number.intValue() == 0) {
            problems.add(where + ": its HTTP status could not be read (" + status + ")");
        } else if (number.intValue() != expectedStatus) {
            problems.add(where + ": answered HTTP " + number + ", expected " + expectedStatus);
        }
        Object type = browser.driver().executeScript("return document.contentType;");
        if (!"text/html".equals(type)) {
            problems.add(where + ": is " + type + ", not an HTML page");
            return;
        }
        if (browser.driver().getTitle().isBlank()) {
            problems.add(where + ": has no title");
        }
        int headings = browser.driver().findElements(By.tagName("h1")).size();
        if (headings != 1) {
            problems.add(where + ": has " + headings + " h1 headings, not exactly one");
        }
        int mains = browser.driver()
                .findElements(By.cssSelector("main, [role='main']"))
                .size();
        if (mains != 1) {
            problems.add(where + ": has " + mains + " main landmarks, not exactly one");
        }
        int strays = browser.driver()
                .findElements(By.cssSelector(":not(details) > summary"))
                .size();
        if (strays > 0) {
            problems.add(where + ": has " + strays + " summary elements outside a details element");
        }
        for (Axe.Violation violation : axe.violations(browser.driver())) {
            problems.add(where + ": " + violation.describe());
        }
    }

    /** Records a problem found on the way, such as a link that leads nowhere. */
    void problem(String text) {
        problems.add(text);
    }

    int checked() {
        return checked;
    }

    /** Time spent checking (not loading) pages, in seconds. */
    double seconds() {
        return nanos / 1e9;
    }

    /** The path patterns of the pages checked. */
    Set<String> covered() {
        return covered;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }
}
