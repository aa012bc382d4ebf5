package org.oversight.reports.render;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.springframework.stereotype.Component;

/**
 * The document's HTML page as a tagged PDF (PDF/UA): title and language set, the bundled fonts
 * embedded, SVG charts drawn as vectors. Its dates and file identifier come from the snapshot, not
 * the clock, so the same snapshot always gives the same bytes.
 */
@Component
class PdfRenderer {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ReportFonts fonts;

    static {
        PdfLog.install();
    }

    PdfRenderer(ReportFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * @param stamp when the content was fixed (frozen, or last edited for a draft): the PDF's dates
     * @param identity a hex string (the content's SHA-256) the PDF's file identifier is made from
     */
    byte[] render(String xhtml, Instant stamp, String identity) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useSVGDrawer(fonts.svgDrawer());
        builder.withProducer("Oversight");
        fonts.addTo(builder);
        builder.withHtmlContent(xhtml, null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            PDDocumentInformation information = pdf.getDocumentInformation();
            Calendar date = GregorianCalendar.from(stamp.atZone(LONDON));
            information.setCreationDate(date);
            information.setModificationDate(date);
            // PDF/UA: a reader's window shows the document's title, not its file name.
            PDViewerPreferences preferences = pdf.getDocumentCatalog().getViewerPreferences();
            if (preferences == null) {
                preferences = new PDViewerPreferences(new COSDictionary());
                pdf.getDocumentCatalog().setViewerPreferences(preferences);
            }
            preferences.setDisplayDocTitle(true);
            byte[] id = Arrays.copyOf(HexFormat.of().parseHex(identity), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF", e);
        }
    }
}
