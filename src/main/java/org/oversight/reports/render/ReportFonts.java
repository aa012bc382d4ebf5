package org.oversight.reports.render;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The open-licence fonts bundled in {@code reports/fonts} (Liberation Sans and Mono, SIL OFL 1.1),
 * read once and given to every PDF: tagged PDF requires every font to be embedded.
 */
@Component
class ReportFonts {

    static final String SANS = "Liberation Sans";
    static final String MONO = "Liberation Mono";

    private record Face(String family, int weight, FontStyle style, String file, byte[] bytes) {}

    private final List<Face> faces = List.of(
            face(SANS, 400, FontStyle.NORMAL, "LiberationSans-Regular.ttf"),
            face(SANS, 700, FontStyle.NORMAL, "LiberationSans-Bold.ttf"),
            face(SANS, 400, FontStyle.ITALIC, "LiberationSans-Italic.ttf"),
            face(SANS, 700, FontStyle.ITALIC, "LiberationSans-BoldItalic.ttf"),
            face(MONO, 400, FontStyle.NORMAL, "LiberationMono-Regular.ttf"));

    private Path chartFonts;

    void addTo(PdfRendererBuilder builder) {
        for (Face face : faces) {
            builder.useFont(
                    () -> new ByteArrayInputStream(face.bytes()), face.family(), face.weight(), face.style(), true);
        }
        // Nothing is ever fetched: a report is rendered from what is stored, with the bundled fonts.
        builder.useUriResolver((base, uri) -> null);
    }

    /**
     * The drawer of charts (Batik), given the bundled Liberation Sans under the name Arial, which the
     * charts' SVG asks for (the same metrics): chart text then matches the page instead of falling
     * back to whatever fonts the machine has. Batik reads fonts from files, so they are written once
     * to a temporary folder.
     */
    BatikSVGDrawer svgDrawer() {
        return new BatikSVGDrawer() {
            @Override
            public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
                super.importFontFaceRules(fontFaces, shared);
                try {
                    for (Face face : faces) {
                        if (face.family().equals(SANS)) {
                            addFontFile(chartFontFile(face), "Arial", face.weight(), face.style());
                        }
                    }
                } catch (IOException | FontFormatException e) {
                    throw new IllegalStateException("cannot give the charts their font", e);
                }
            }
        };
    }

    private synchronized File chartFontFile(Face face) throws IOException {
        if (chartFonts == null) {
            chartFonts = Files.createTempDirectory("oversight-report-fonts-");
            chartFonts.toFile().deleteOnExit();
        }
        Path file = chartFonts.resolve(face.file());
        if (!Files.exists(file)) {
            Files.write(file, face.bytes());
            file.toFile().deleteOnExit();
        }
        return file.toFile();
    }

    private static Face face(String family, int weight, FontStyle style, String file) {
        String path = "/reports/fonts/" + file;
        try (InputStream in = ReportFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + path + " is missing from the application");
            }
            return new Face(family, weight, style, file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + path, e);
        }
    }
}
