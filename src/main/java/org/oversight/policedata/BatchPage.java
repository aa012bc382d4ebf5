package org.oversight.policedata;

import java.util.List;

/**
 * One page of import batches, newest month first.
 *
 * @param page 1-based
 * @param total batches matching the filter, on every page
 */
public record BatchPage(List<ImportBatch> batches, int page, int size, long total) {

    public int pages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }
}
