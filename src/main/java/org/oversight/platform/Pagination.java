package org.oversight.platform;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The GOV.UK pagination component's links for a list over several pages, keeping the list's filter
 * in every link: the first and last page, the current page and its neighbours, gaps as ellipses.
 * Pages draw it with the {@code fragments/pagination} fragment.
 */
public record Pagination(String previous, String next, List<Item> items) {

    /** A page number link, or an ellipsis (number 0). */
    record Item(int number, String href, boolean current) {
        public boolean ellipsis() {
            return number == 0;
        }
    }

    public static Pagination of(UriComponentsBuilder base, int page, int pages) {
        List<Item> items = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - page) <= 1) {
                if (last != 0 && n - last > 1) {
                    items.add(new Item(0, null, false));
                }
                items.add(new Item(n, href(base, n), n == page));
                last = n;
            }
        }
        return new Pagination(
                page > 1 ? href(base, page - 1) : null, page < pages ? href(base, page + 1) : null, items);
    }

    private static String href(UriComponentsBuilder base, int page) {
        return base.cloneBuilder()
                .replaceQueryParam("page", page)
                .build()
                .encode()
                .toUriString();
    }

    public boolean needed() {
        return items.size() > 1;
    }
}
