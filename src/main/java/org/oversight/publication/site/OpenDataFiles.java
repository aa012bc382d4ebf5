package org.oversight.publication.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.oversight.publication.PublishedSnapshot;
import org.oversight.reports.Dataset;
import org.oversight.reports.Snapshot;

/**
 * A published table as open data: CSV (RFC 4180, a header row), JSON (the rows as objects, with what
 * they are), and W3C CSV on the Web metadata describing the CSV (title, publisher, licence, sources,
 * when issued, each column's name and datatype).
 */
final class OpenDataFiles {

    static final String LICENCE = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    static final String LICENCE_NAME = "Open Government Licence v3.0";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private OpenDataFiles() {}

    static Page csv(Dataset dataset, String fileStem) {
        StringBuilder csv = new StringBuilder();
        line(csv, dataset.columns());
        for (List<String> row : dataset.rows()) {
            line(csv, row);
        }
        return Page.of(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8", fileStem + ".csv");
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0
                    || cell.indexOf('"') >= 0
                    || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0) {
                csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(cell);
            }
        }
        csv.append("\r\n");
    }

    static Page json(Dataset dataset, Snapshot snapshot, PublishedSnapshot release, String fileStem) {
        Map<String, Object> body = about(dataset, snapshot, release);
        body.put("columns", dataset.columns());
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> row : dataset.rows()) {
            Map<String, String> object = new LinkedHashMap<>();
            for (int i = 0; i < dataset.columns().size(); i++) {
                object.put(dataset.columns().get(i), row.get(i));
            }
            rows.add(object);
        }
        body.put("rows", rows);
        return Page.of(write(body), "application/json", fileStem + ".json");
    }

    static Page csvw(Dataset dataset, Snapshot snapshot, PublishedSnapshot release, String fileStem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("@context", "http://www.w3.org/ns/csvw");
        body.put("url", dataset.name() + ".csv");
        body.put("dc:title", dataset.title());
        body.put(
                "dc:description",
                "Published by " + publisher(snapshot) + " in "
                        + snapshot.document().title() + " (version " + snapshot.version()
                        + "), approved and never changed after publication.");
        body.put("dc:publisher", publisher(snapshot));
        body.put("dc:license", Map.of("@id", LICENCE));
        body.put("dc:source", snapshot.provenance().sources());
        body.put("dc:issued", DateTimeFormatter.ISO_INSTANT.format(release.releasedAt()));
        body.put("dc:identifier", "sha256:" + snapshot.sha256());
        List<Map<String, Object>> columns = new ArrayList<>();
        for (int i = 0; i < dataset.columns().size(); i++) {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("name", dataset.columns().get(i));
            column.put("titles", dataset.columns().get(i));
            column.put("datatype", datatype(dataset, i));
            columns.add(column);
        }
        body.put("tableSchema", Map.of("columns", columns));
        return Page.of(write(body), "application/csvm+json", fileStem + ".csv-metadata.json");
    }

    /** The narrowest CSVW datatype every non-empty value of the column has. */
    static String datatype(Dataset dataset, int column) {
        List<String> values = dataset.rows().stream()
                .map(row -> row.get(column))
                .filter(value -> !value.isEmpty())
                .toList();
        if (values.isEmpty()) {
            return "string";
        }
        if (values.stream().allMatch(v -> v.equals("true") || v.equals("false"))) {
            return "boolean";
        }
        if (values.stream().allMatch(v -> INTEGER.matcher(v).matches())) {
            return "integer";
        }
        if (values.stream().allMatch(v -> DECIMAL.matcher(v).matches())) {
            return "decimal";
        }
        if (values.stream().allMatch(v -> MONTH.matcher(v).matches())) {
            return "gYearMonth";
        }
        return "string";
    }

    private static Map<String, Object> about(Dataset dataset, Snapshot snapshot, PublishedSnapshot release) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", dataset.title());
        body.put("period", release.periodCode());
        body.put("document", snapshot.document().title());
        body.put("version", snapshot.version());
        body.put("published", DateTimeFormatter.ISO_INSTANT.format(release.releasedAt()));
        body.put("sha256", snapshot.sha256());
        if (snapshot.correctionNote() != null) {
            body.put("correction", snapshot.correctionNote());
        }
        body.put("publisher", publisher(snapshot));
        body.put("licence", LICENCE_NAME);
        body.put("licenceUrl", LICENCE);
        body.put("sources", snapshot.provenance().sources());
        return body;
    }

    private static String publisher(Snapshot snapshot) {
        return snapshot.document().publisher() == null
                ? "Office of the Police and Crime Commissioner"
                : snapshot.document().publisher();
    }

    private static byte[] write(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
