package org.oversight.browser;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * Follows a site's links breadth first from a few start pages, checking one page of each kind:
 * addresses that differ only in ids and values ({@link Routes}) are one page. Only follows links
 * (GET); never submits a form, so nothing is changed (signing out and removing are forms).
 */
final class SiteCrawl {

    /** Links never followed even if some page offered them as links: they change things. */
    private static final Set<String> NEVER = Set.of("/sign-out");

    private final Browser browser;
    private final String baseUrl;
    private final Routes routes;
    private final PageChecks checks;
    private final int cap;

    SiteCrawl(Browser browser, String baseUrl, Routes routes, PageChecks checks, int cap) {
        this.browser = browser;
        this.baseUrl = baseUrl;
        this.routes = routes;
        this.checks = checks;
        this.cap = cap;
    }

    private record Link(String path, String from) {}

    /**
     * Checks every kind of page reachable from the start paths.
     *
     * @return each kind of page checked (its route) with the address it was checked at
     */
    Map<String, String> crawl(List<String> starts) {
        return crawl(starts, List.of("/"));
    }

    /**
     * Checks every kind of page reachable from the start paths without leaving the paths that begin
     * with one of the prefixes: a role's own part of the site.
     *
     * @return each kind of page checked (its route) with the address it was checked at
     */
    Map<String, String> crawl(List<String> starts, List<String> within) {
        Map<String, String> checked = new LinkedHashMap<>();
        Set<String> queued = new HashSet<>();
        Set<String> reported = new HashSet<>();
        Queue<Link> queue = new ArrayDeque<>();
        for (String start : starts) {
            queue.add(new Link(start, "the start"));
        }
        while (!queue.isEmpty()) {
            Link link = queue.remove();
            if (!(route(link.path()) instanceof Routes.Page page) || checked.containsKey(page.pattern())) {
                continue;
            }
            if (checked.size() == cap) {
                checks.problem("more than " + cap + " kinds of page were found by following links (the cap):"
                        + " the rest were not checked; raise the cap if the site really has that many");
                break;
            }
            checked.put(page.pattern(), link.path());
            browser.open(link.path());
            checks.check(browser, page.pattern() + " (linked from " + link.from() + ")", 200);
            String from = browser.path();
            for (String href : links()) {
                String path = sameSitePath(href);
                if (path == null || NEVER.contains(path) || within.stream().noneMatch(path::startsWith)) {
                    continue;
                }
                Routes.Route route = route(path);
                if (route instanceof Routes.Page target && queued.add(target.pattern())) {
                    queue.add(new Link(path, from));
                } else if (route == null && reported.add(path)) {
                    checks.problem("the link to " + path + " on " + from + " is not a valid address");
                } else if (route instanceof Routes.Nothing && reported.add(path)) {
                    checks.problem("the link to " + path + " on " + from + " leads to no page");
                }
            }
        }
        return checked;
    }

    /** Where a path leads; null when it is not a valid address. */
    private Routes.Route route(String path) {
        try {
            return routes.of(URI.create(baseUrl + path));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> links() {
        return (List<String>)
                browser.driver().executeScript("return Array.from(document.querySelectorAll('a[href]'), a => a.href);");
    }

    /** The path and query of a link to this site, without its fragment; null for other sites. */
    private String sameSitePath(String href) {
        if (!(href.startsWith(baseUrl + "/") || href.equals(baseUrl))) {
            return null;
        }
        String path = href.substring(baseUrl.length());
        int fragment = path.indexOf('#');
        if (fragment >= 0) {
            path = path.substring(0, fragment);
        }
        return path.isEmpty() ? "/" : path;
    }
}
