package org.oversight.policedata.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.oversight.policedata.Area;
import org.oversight.policedata.DataQuality;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportBatch;
import org.oversight.policedata.ImportStatus;
import org.oversight.policedata.PoliceCounts;
import org.oversight.policedata.PoliceDataKind;

/** What the police data pages show, in words. */
final class PoliceDataViews {

    private PoliceDataViews() {}

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm", Locale.UK);
    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "the");
    private static final Map<String, String> FORCE_NAMES = Map.of("btp", "British Transport Police");

    /** A row of the batches table. */
    record BatchRow(
            long id,
            String month,
            String force,
            String kind,
            String fileName,
            long rows,
            long duplicateRows,
            long unexpectedValues,
            Long invalidValues,
            String importedBy,
            String importedAt,
            boolean demonstration) {}

    /** One batch's provenance. */
    record BatchView(
            long id,
            String month,
            String force,
            String forceSlug,
            String kind,
            String fileName,
            String storedFileName,
            String sha256,
            long byteSize,
            long rows,
            String importedBy,
            String importedAt,
            boolean demonstration,
            boolean stopAndSearch) {

        public String title() {
            return kind + ", " + force + ", " + month;
        }

        /** The hash in pieces of 16, so a narrow page can break it between them. */
        public List<String> sha256Parts() {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < sha256.length(); i += 16) {
                parts.add(sha256.substring(i, Math.min(sha256.length(), i + 16)));
            }
            return parts;
        }
    }

    /** A value outside the known set of its field, and the rows that have it. */
    record UnexpectedValue(String field, String value, long rows) {}

    /** Counts of rows by one field, largest first. */
    record CountTable(String id, String caption, String field, String unit, List<CountRow> rows, long total) {}

    record CountRow(String value, long count, String percent) {}

    /** One file's result on the job page. */
    record FileResultView(
            String file,
            String description,
            String status,
            String tagClass,
            boolean refused,
            long rowsAccepted,
            long rowsRejected,
            long duplicateRows,
            long unexpectedValues,
            long invalidValues,
            Long batchId,
            String problem,
            boolean incompleteMonth,
            String completeness) {}

    static BatchRow row(ImportBatch batch, ZoneId zone) {
        return new BatchRow(
                batch.id(),
                month(batch.month()),
                force(batch.force()),
                kind(batch.kind()),
                shortName(batch.fileName()),
                batch.rows(),
                batch.duplicateRows(),
                batch.quality() == null ? 0 : batch.quality().unexpectedValues(),
                batch.quality() == null || !batch.quality().formatsChecked()
                        ? null
                        : batch.quality().invalidValues(),
                batch.importedBy(),
                shortDateTime(batch.importedAt(), zone),
                batch.demonstration());
    }

    /** Newest month first; within a month by force, then street, outcomes, stop and search. */
    static final Comparator<ImportBatch> NEWEST_FIRST = Comparator.comparing(ImportBatch::month)
            .reversed()
            .thenComparing(ImportBatch::force)
            .thenComparing(ImportBatch::kind);

    static BatchView batch(ImportBatch batch, ZoneId zone) {
        return new BatchView(
                batch.id(),
                month(batch.month()),
                force(batch.force()),
                batch.force(),
                kind(batch.kind()),
                shortName(batch.fileName()),
                UploadFolder.originalName(batch.fileName()),
                batch.sha256(),
                batch.byteSize(),
                batch.rows(),
                batch.importedBy(),
                dateTime(batch.importedAt(), zone),
                batch.demonstration(),
                batch.kind() == PoliceDataKind.STOP_AND_SEARCH);
    }

    static List<UnexpectedValue> unexpectedValues(DataQuality quality) {
        List<UnexpectedValue> values = new ArrayList<>();
        if (quality != null) {
            quality.unexpected()
                    .forEach((field, byValue) ->
                            byValue.forEach((value, rows) -> values.add(new UnexpectedValue(field, value, rows))));
        }
        return values;
    }

    static CountTable countTable(String id, String caption, String field, String unit, PoliceCounts counts) {
        long total = counts.total();
        List<CountRow> rows = counts.rows().stream()
                .sorted(Comparator.comparingLong(PoliceCounts.Row::count)
                        .reversed()
                        .thenComparing(row -> row.values().get(0)))
                .map(row -> new CountRow(
                        row.values().get(0).isEmpty()
                                ? ("District".equals(field) ? Area.NO_DISTRICT : "Not given")
                                : row.values().get(0),
                        row.count(),
                        percent(row.count(), total)))
                .toList();
        return new CountTable(id, caption, field, unit, rows, total);
    }

    static FileResultView result(FileImportResult result) {
        String description = result.kind() == null || result.force() == null || result.month() == null
                ? null
                : kind(result.kind()) + ", " + force(result.force()) + ", " + month(result.month());
        return new FileResultView(
                UploadFolder.originalName(result.file()),
                description,
                status(result.status()),
                tagClass(result.status()),
                result.refused(),
                result.rowsAccepted(),
                result.rowsRejected(),
                result.duplicateRows(),
                result.quality() == null ? 0 : result.quality().unexpectedValues(),
                result.quality() == null ? 0 : result.quality().invalidValues(),
                result.batchId(),
                result.problem() == null ? null : problem(result.problem()),
                Boolean.FALSE.equals(result.complete()),
                result.completeness() == null ? null : result.completeness().reason());
    }

    /** The files by outcome, such as 3 files: 2 imported, 1 refused; leaving out the outcomes no file had. */
    static String summary(List<FileImportResult> results) {
        List<String> parts = new ArrayList<>();
        for (ImportStatus status : ImportStatus.values()) {
            long n = results.stream().filter(r -> r.status() == status).count();
            if (n > 0) {
                parts.add(n + " " + status.code());
            }
        }
        String files = plural(results.size(), "file", "files");
        return parts.isEmpty() ? files : files + ": " + String.join(", ", parts);
    }

    static String problem(FileImportResult.Problem problem) {
        String message = capitalise(problem.message());
        if (problem.line() <= 0) {
            return message;
        }
        return "Line " + problem.line() + (problem.column() > 0 ? ", column " + problem.column() : "") + ": "
                + problem.message();
    }

    static String status(ImportStatus status) {
        return capitalise(status.code());
    }

    static String tagClass(ImportStatus status) {
        return switch (status) {
            case IMPORTED -> "govuk-tag--green";
            case REPLACED -> "govuk-tag--blue";
            case UNCHANGED -> "govuk-tag--grey";
            case REFUSED -> "govuk-tag--red";
        };
    }

    static String month(YearMonth month) {
        return month.format(MONTH);
    }

    static String kind(PoliceDataKind kind) {
        return switch (kind) {
            case STREET -> "Street crime";
            case OUTCOMES -> "Outcomes";
            case STOP_AND_SEARCH -> "Stop and search";
        };
    }

    /** A force's file-name slug in words: {@code avon-and-somerset} is "Avon and Somerset". */
    static String force(String slug) {
        if (FORCE_NAMES.containsKey(slug)) {
            return FORCE_NAMES.get(slug);
        }
        List<String> words = new ArrayList<>();
        for (String word : slug.split("-")) {
            words.add(!words.isEmpty() && SMALL_WORDS.contains(word) ? word : capitalise(word));
        }
        return String.join(" ", words);
    }

    /** "4 May 2024 at 2:15pm", in the office's time zone. */
    static String dateTime(Instant instant, ZoneId zone) {
        ZonedDateTime at = instant.atZone(zone);
        return at.format(DAY) + " at " + at.format(TIME) + (at.getHour() < 12 ? "am" : "pm");
    }

    /** A time such as 4 May 2024, 2:15pm, for tables. */
    static String shortDateTime(Instant instant, ZoneId zone) {
        ZonedDateTime at = instant.atZone(zone);
        return at.format(SHORT_DAY).replace("Sept", "Sep") + ", " + at.format(TIME) + (at.getHour() < 12 ? "am" : "pm");
    }

    /** The file's own name, without folders or the archive it came in. */
    static String shortName(String fileName) {
        String name = UploadFolder.originalName(fileName);
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /** A share of a total, rounded half up to one decimal place. */
    static String percent(long part, long total) {
        if (total == 0) {
            return "0%";
        }
        return BigDecimal.valueOf(part)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP)
                        .toPlainString()
                + "%";
    }

    static String rows(long n) {
        return plural(n, "row", "rows");
    }

    static String plural(long n, String one, String many) {
        return String.format(Locale.UK, "%,d %s", n, n == 1 ? one : many);
    }

    private static String capitalise(String text) {
        return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
