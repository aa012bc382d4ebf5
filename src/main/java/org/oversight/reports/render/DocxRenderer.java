package org.oversight.reports.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.oversight.reports.Block;
import org.oversight.reports.Inline;
import org.oversight.reports.Provenance;
import org.springframework.stereotype.Component;

/**
 * The document as Word (.docx) that an officer can edit: the title page, real Heading 1 to 3
 * styles for the sections (h2 to h4 on screen), real tables with a repeating header row, bulleted
 * lists, charts as pictures with their text alternative and their data tables, page numbers in the
 * footer, and the title and language in the document's properties. Dates come from the snapshot, so
 * the same snapshot always gives the same bytes.
 */
@Component
class DocxRenderer {

    /** The width of a chart on an A4 page with 2.5 cm margins, in points. */
    private static final double CHART_WIDTH_POINTS = 450;

    private static final String STYLES = resource("/reports/docx-styles.xml");
    private static final String NUMBERING = resource("/reports/docx-numbering.xml");
    private static final BigInteger BULLETS = BigInteger.ONE;

    byte[] render(DocumentView view, Instant stamp) {
        try (XWPFDocument word = new XWPFDocument()) {
            word.createStyles().setStyles(StylesDocument.Factory.parse(STYLES).getStyles());
            word.createNumbering()
                    .setNumbering(NumberingDocument.Factory.parse(NUMBERING).getNumbering());
            properties(word, view, stamp);
            footer(word, view);
            cover(word, view);
            for (DocumentView.SectionView section : view.sections()) {
                section(word, section);
            }
            about(word, view);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            word.write(out);
            return withFixedTimes(out.toByteArray(), stamp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Word document", e);
        } catch (XmlException | InvalidFormatException e) {
            throw new IllegalStateException("cannot write the Word document", e);
        }
    }

    private static void properties(XWPFDocument word, DocumentView view, Instant stamp) {
        POIXMLProperties.CoreProperties core = word.getProperties().getCoreProperties();
        core.setTitle(view.title());
        core.setCreator(view.publisher() == null ? "Oversight" : view.publisher());
        core.setDescription(view.statusLine());
        core.setCreated(Optional.of(Date.from(stamp)));
        core.setModified(Optional.of(Date.from(stamp)));
        core.getUnderlyingProperties().setLanguageProperty(view.language());
        word.getProperties().getExtendedProperties().setApplication("Oversight");
    }

    private static void footer(XWPFDocument word, DocumentView view) {
        XWPFFooter footer = word.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setStyle("Footer");
        paragraph.createRun().setText(view.runningFooter() + " · Page ");
        paragraph.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private static void cover(XWPFDocument word, DocumentView view) {
        if (view.publisher() != null) {
            XWPFRun publisher = paragraph(word, "Normal").createRun();
            publisher.setBold(true);
            publisher.setText(view.publisher());
        }
        paragraph(word, "Title").createRun().setText(view.title());
        if (view.subtitle() != null) {
            paragraph(word, "Subtitle").createRun().setText(view.subtitle());
        }
        paragraph(word, "Status").createRun().setText(view.statusLine());
        for (String notice : view.notices()) {
            XWPFRun run = paragraph(word, "Note").createRun();
            run.setBold(true);
            run.setText(notice);
        }
        for (DocumentView.Fact fact : view.coverFacts()) {
            fact(word, fact);
        }
        paragraph(word, "Normal")
                .createRun()
                .setText("Where the figures come from, and the SHA-256 that identifies this content, are under "
                        + DocumentView.ABOUT_HEADING + " at the end.");
        pageBreak(word);
    }

    private static void section(XWPFDocument word, DocumentView.SectionView section)
            throws IOException, InvalidFormatException {
        XWPFParagraph heading = paragraph(word, "Heading" + (section.level() - 1));
        heading.setPageBreak(section.startsOnNewPage());
        heading.createRun().setText(section.heading());
        List<DocumentView.BlockView> blocks = section.blocks();
        for (int i = section.startsOnNewPage() ? 1 : 0; i < blocks.size(); i++) {
            block(word, blocks.get(i));
        }
        for (DocumentView.SectionView subsection : section.sections()) {
            section(word, subsection);
        }
    }

    private static void block(XWPFDocument word, DocumentView.BlockView item)
            throws IOException, InvalidFormatException {
        Block block = item.block();
        if (block instanceof Block.Paragraph paragraph) {
            inlines(paragraph(word, "Normal"), paragraph.content());
        } else if (block instanceof Block.BulletList list) {
            for (List<Inline> entry : list.items()) {
                XWPFParagraph bullet = paragraph(word, "ListParagraph");
                bullet.setNumID(BULLETS);
                inlines(bullet, entry);
            }
        } else if (block instanceof Block.DefinitionList definitions) {
            for (Block.Definition definition : definitions.entries()) {
                XWPFParagraph line = paragraph(word, "Normal");
                XWPFRun term = line.createRun();
                term.setBold(true);
                term.setText(definition.term() + ": ");
                inlines(line, definition.description());
            }
        } else if (block instanceof Block.Table table) {
            table(word, table, item.label());
        } else if (block instanceof Block.Figure figure) {
            figure(word, figure, item);
        } else if (block instanceof Block.Note note) {
            XWPFParagraph line = paragraph(word, "Note");
            XWPFRun label = line.createRun();
            label.setBold(true);
            label.setText(note.label() + ": ");
            inlines(line, note.content());
        } else if (block instanceof Block.PageBreak) {
            pageBreak(word);
        }
    }

    private static void figure(XWPFDocument word, Block.Figure figure, DocumentView.BlockView item)
            throws IOException, InvalidFormatException {
        caption(word, item.label(), figure.caption());
        byte[] png = ChartImages.png(figure.svg());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        double height = CHART_WIDTH_POINTS * image.getHeight() / image.getWidth();
        XWPFParagraph holder = paragraph(word, "Normal");
        holder.setAlignment(ParagraphAlignment.LEFT);
        XWPFRun run = holder.createRun();
        XWPFPicture picture = run.addPicture(
                new ByteArrayInputStream(png),
                org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
                item.label().toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".png",
                Units.toEMU(CHART_WIDTH_POINTS),
                Units.toEMU(height));
        // The picture's alternative text, which screen readers read (Word's "Alt Text").
        run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(figure.textAlternative());
        run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setTitle(figure.caption());
        // and the picture's own description, which other readers and converters use.
        picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(figure.textAlternative());
        table(word, figure.data(), item.dataLabel());
    }

    private static void table(XWPFDocument word, Block.Table table, String label) {
        caption(word, label, table.caption());
        XWPFTable grid =
                word.createTable(table.rows().size() + 1, table.columns().size());
        grid.setStyleID("ReportTable");
        grid.setWidth("100%");
        if (grid.getCTTbl().getTblPr().isSetTblBorders()) {
            grid.getCTTbl().getTblPr().unsetTblBorders();
        }
        XWPFTableRow header = grid.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < table.columns().size(); c++) {
            Block.Column column = table.columns().get(c);
            cell(header.getCell(c), column.heading(), true, column.numeric());
        }
        for (int r = 0; r < table.rows().size(); r++) {
            XWPFTableRow row = grid.getRow(r + 1);
            row.setCantSplitRow(true);
            List<String> cells = table.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                cell(
                        row.getCell(c),
                        cells.get(c),
                        table.rowHeaders() && c == 0,
                        table.columns().get(c).numeric());
            }
        }
        paragraph(word, "Normal");
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, boolean numeric) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setSpacingAfter(0);
        if (numeric) {
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setText(text);
    }

    private static void about(XWPFDocument word, DocumentView view) {
        pageBreak(word);
        paragraph(word, "Heading1").createRun().setText(DocumentView.ABOUT_HEADING);
        for (DocumentView.Fact fact : view.about()) {
            fact(word, fact);
        }
        Provenance provenance = view.provenance();
        if (!provenance.indicators().isEmpty()) {
            table(
                    word,
                    new Block.Table(
                            "Indicators the figures were computed from",
                            List.of(Block.Column.text("Indicator"), Block.Column.text("Version")),
                            provenance.indicators().stream()
                                    .map(indicator -> List.of(indicator.code(), indicator.version()))
                                    .toList(),
                            false),
                    "Provenance");
        }
        if (!provenance.importBatches().isEmpty()) {
            table(
                    word,
                    new Block.Table(
                            "Police data import batches the figures were computed from",
                            List.of(
                                    Block.Column.number("Batch"),
                                    Block.Column.text("File"),
                                    Block.Column.text("SHA-256 of the file")),
                            provenance.importBatches().stream()
                                    .map(batch -> List.of(
                                            Long.toString(batch.id()),
                                            batch.description() == null ? "" : batch.description(),
                                            batch.sha256() == null ? "" : batch.sha256()))
                                    .toList(),
                            false),
                    "Provenance");
        }
    }

    private static void fact(XWPFDocument word, DocumentView.Fact fact) {
        XWPFParagraph line = paragraph(word, "Normal");
        XWPFRun term = line.createRun();
        term.setBold(true);
        term.setText(fact.term() + ": ");
        line.createRun().setText(fact.value());
    }

    private static void caption(XWPFDocument word, String label, String caption) {
        paragraph(word, "Caption").createRun().setText(label + ": " + caption);
    }

    private static void inlines(XWPFParagraph paragraph, List<Inline> inlines) {
        for (Inline inline : inlines) {
            XWPFRun run;
            if (inline instanceof Inline.Link link && !link.href().startsWith("#")) {
                run = paragraph.createHyperlinkRun(link.href());
                run.setStyle("Hyperlink");
            } else {
                run = paragraph.createRun();
            }
            run.setBold(inline instanceof Inline.Strong);
            run.setItalic(inline instanceof Inline.Emphasis);
            run.setText(inline.text());
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument word, String style) {
        XWPFParagraph paragraph = word.createParagraph();
        paragraph.setStyle(style);
        return paragraph;
    }

    private static void pageBreak(XWPFDocument word) {
        word.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    /** The same archive with every entry dated {@code stamp}, so that the bytes do not depend on the clock. */
    static byte[] withFixedTimes(byte[] zip, Instant stamp) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(stamp.toEpochMilli());
                rewritten.putNextEntry(copy);
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String resource(String path) {
        try (InputStream in = DocxRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
