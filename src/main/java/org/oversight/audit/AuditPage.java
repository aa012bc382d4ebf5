package org.oversight.audit;

import java.util.List;

/**
 * One page of entries, newest first.
 *
 * @param page 1-based
 * @param total how many entries the filter lets through, on every page
 */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
