package org.oversight.reports.render;

import java.util.EnumMap;
import java.util.Map;
import org.oversight.reports.DocumentFormat;
import org.oversight.reports.ExampleDocuments;
import org.oversight.reports.RenderedDocument;
import org.oversight.reports.snapshot.StoredSnapshot;

/** The small example report, frozen, rendered once to every format and shared by the rendering tests. */
final class RenderedSmallReport {

    static final StoredSnapshot SNAPSHOT =
            TestRenderers.frozen(ExampleDocuments.small(), ExampleDocuments.provenance());

    private static final Map<DocumentFormat, RenderedDocument> RENDERED = new EnumMap<>(DocumentFormat.class);

    private RenderedSmallReport() {}

    static synchronized RenderedDocument in(DocumentFormat format) {
        return RENDERED.computeIfAbsent(format, f -> TestRenderers.renderers().render(SNAPSHOT, f));
    }
}
