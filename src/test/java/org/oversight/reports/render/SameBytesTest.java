package org.oversight.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oversight.reports.DocumentFormat;
import org.oversight.reports.ExampleDocuments;
import org.oversight.reports.snapshot.StoredSnapshot;

/** Rendering reads only the snapshot: the same snapshot gives the same bytes in every format, whenever. */
class SameBytesTest {

    @Test
    void theSameSnapshotRendersToTheSameBytesInEveryFormat() {
        StoredSnapshot snapshot = TestRenderers.frozen(ExampleDocuments.small(), ExampleDocuments.provenance());
        for (DocumentFormat format : DocumentFormat.values()) {
            byte[] first = TestRenderers.renderers().render(snapshot, format).bytes();
            byte[] second = TestRenderers.renderers().render(snapshot, format).bytes();
            assertThat(second).as(format.name()).isEqualTo(first);
        }
    }
}
