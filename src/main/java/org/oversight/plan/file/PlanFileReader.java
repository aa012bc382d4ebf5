package org.oversight.plan.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.MeasureUnit;
import org.oversight.plan.ReportingCadence;
import org.oversight.plan.Target;
import org.oversight.plan.domain.Commitment;
import org.oversight.plan.domain.Measure;
import org.oversight.plan.domain.Objective;
import org.oversight.plan.domain.PlanNames;
import org.oversight.plan.domain.PlanRuleViolation;
import org.oversight.plan.domain.TargetCodec;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a plan file ({@code oversight-plan/1}) and checks all of it: YAML syntax, the schema, and
 * the rules a schema cannot express. Every problem is collected with its line, column and field;
 * the result is either a complete {@link PlanFile} or a {@link PlanFileException} listing them all.
 */
public final class PlanFileReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private final PlanFileLimits limits;

    /** A reader with the {@link PlanFileLimits#DEFAULT default limits}. */
    public PlanFileReader() {
        this(PlanFileLimits.DEFAULT);
    }

    public PlanFileReader(PlanFileLimits limits) {
        this.limits = limits;
    }

    /** Reads and checks a plan file; throws {@link PlanFileException} with every problem found. */
    public PlanFile read(String fileName, InputStream input) {
        List<PlanFileProblem> problems = new ArrayList<>();
        String text = decode(fileName, input, problems);
        if (text == null) {
            throw new PlanFileException(problems);
        }
        // Checked before parsing: the parser's time grows with the square of a word's length.
        longWord(fileName, text).ifPresent(problem -> {
            throw new PlanFileException(List.of(problem));
        });
        Node document;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // reported by YamlTree with their line
            options.setCodePointLimit(limits.maxBytes());
            Yaml yaml = new Yaml(options);
            // Counted as they stream past first: composing keeps every node, and a 2 MB file can hold 200,000.
            Optional<PlanFileProblem> tooMany =
                    ExpandedDocument.checkWritten(fileName, yaml.parse(new StringReader(text)), limits);
            if (tooMany.isPresent()) {
                throw new PlanFileException(List.of(tooMany.get()));
            }
            document = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(new PlanFileProblem(
                    fileName,
                    mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1,
                    "",
                    "not valid YAML: " + e.getProblem()));
            throw new PlanFileException(problems);
        } catch (YAMLException e) {
            problems.add(new PlanFileProblem(fileName, 0, 0, "", "not valid YAML: " + e.getMessage()));
            throw new PlanFileException(problems);
        }
        if (document == null) {
            problems.add(new PlanFileProblem(fileName, 0, 0, "", "the file is empty"));
            throw new PlanFileException(problems);
        }
        // Measured before anything is built from it: aliases can make a small file stand for billions of values.
        ExpandedDocument.check(fileName, document, limits).ifPresent(problem -> {
            throw new PlanFileException(List.of(problem));
        });
        YamlTree tree = new YamlTree(fileName, document, problems);
        for (ValidationMessage message : SCHEMA.validate(tree.root())) {
            if (saidBetterByPlanNames(message)) {
                continue;
            }
            problems.add(tree.problemAt(message.getInstanceLocation().toString(), schemaMessage(message)));
        }
        // The rules a schema cannot say are checked too, so that one attempt reports every problem.
        PlanFile planFile = new Mapper(fileName, tree, problems).planFile();
        if (!problems.isEmpty()) {
            throw new PlanFileException(sorted(problems));
        }
        return planFile;
    }

    /** A key's or label's shape: {@link PlanNames} says what is wrong in words, not as a regular expression. */
    private static boolean saidBetterByPlanNames(ValidationMessage message) {
        String at = message.getInstanceLocation().toString();
        return ("pattern".equals(message.getType()) || "maxLength".equals(message.getType()))
                && (at.equals("$.plan.key") || at.matches("\\$\\.versions\\[\\d+]\\.label"));
    }

    /** The first run of more than the allowed characters without a space or line break, if any. */
    private Optional<PlanFileProblem> longWord(String fileName, String text) {
        int line = 1;
        int column = 1;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                run = 0;
                continue;
            }
            run = c == ' ' || c == '\t' || c == '\r' ? 0 : run + 1;
            if (run > limits.maxWordLength()) {
                return Optional.of(new PlanFileProblem(
                        fileName,
                        line,
                        column - run + 1,
                        "",
                        "more than " + String.format("%,d", limits.maxWordLength())
                                + " characters without a space or line break; a plan file holds words, not data"));
            }
            column++;
        }
        return Optional.empty();
    }

    private static List<PlanFileProblem> sorted(List<PlanFileProblem> problems) {
        return problems.stream()
                .distinct()
                .sorted(Comparator.comparingInt(PlanFileProblem::line).thenComparingInt(PlanFileProblem::column))
                .toList();
    }

    /** The schema's message without the path it starts with (the path is reported as the field). */
    private static String schemaMessage(ValidationMessage message) {
        String text = message.getMessage();
        String prefix = message.getInstanceLocation().toString() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    private String decode(String fileName, InputStream input, List<PlanFileProblem> problems) {
        byte[] bytes;
        try {
            bytes = input.readNBytes(limits.maxBytes() + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + fileName, e);
        }
        if (bytes.length > limits.maxBytes()) {
            problems.add(new PlanFileProblem(
                    fileName,
                    0,
                    0,
                    "",
                    "the file is larger than " + sizeInWords(limits.maxBytes()) + ", the most a plan file may be"));
            return null;
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            int offset = firstInvalidOffset(bytes, start);
            for (int i = start; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.add(new PlanFileProblem(
                    fileName, line, 0, "", "not valid UTF-8 text (byte " + (offset + 1) + " of the file)"));
            return null;
        }
    }

    /** 2097152 as 2 MB, 500000 as 500,000 bytes. */
    static String sizeInWords(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return String.format("%,d bytes", bytes);
    }

    private static int firstInvalidOffset(byte[] bytes, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static JsonSchema loadSchema() {
        try (InputStream schema = PlanFileReader.class.getResourceAsStream("/plan/plan-file.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(JSON.readTree(schema));
        } catch (IOException e) {
            throw new UncheckedIOException("the plan file schema is missing from the application", e);
        }
    }

    /** Turns a schema-valid tree into domain values, checking the rules a schema cannot say. */
    private static final class Mapper {
        private final String fileName;
        private final YamlTree tree;
        private final List<PlanFileProblem> problems;

        Mapper(String fileName, YamlTree tree, List<PlanFileProblem> problems) {
            this.fileName = fileName;
            this.tree = tree;
            this.problems = problems;
        }

        PlanFile planFile() {
            JsonNode root = tree.root();
            JsonNode plan = root.path("plan");
            JsonNode term = plan.path("term");
            LocalDate from = date(term.get("from"), "$.plan.term.from");
            LocalDate to = date(term.get("to"), "$.plan.term.to");
            if (from != null && to != null && from.isAfter(to)) {
                problems.add(tree.problemAt("$.plan.term.to", "the term ends before it starts"));
            }
            if (plan.path("key").isTextual()) {
                PlanNames.keyProblem(plan.get("key").asText())
                        .ifPresent(problem -> problems.add(tree.problemAt("$.plan.key", problem)));
            }
            PlanFile.Header header = new PlanFile.Header(
                    plan.path("key").asText(),
                    plan.path("title").asText(),
                    plan.path("force").asText(),
                    text(plan, "issuedBy"),
                    from,
                    to,
                    text(plan, "source"));
            List<PlanFile.Version> versions = new ArrayList<>();
            Set<String> labels = new HashSet<>();
            JsonNode versionNodes = root.path("versions");
            for (int v = 0; v < versionNodes.size(); v++) {
                String path = "$.versions[" + v + "]";
                JsonNode node = versionNodes.get(v);
                String label = node.path("label").asText();
                if (node.path("label").isTextual()) {
                    PlanNames.labelProblem(label)
                            .ifPresent(problem -> problems.add(tree.problemAt(path + ".label", problem)));
                }
                if (!labels.add(label)) {
                    problems.add(tree.problemAt(path + ".label", "version '" + label + "' is written twice"));
                }
                String variationOf = text(node, "variationOf");
                if (label.equals(variationOf)) {
                    problems.add(tree.problemAt(path + ".variationOf", "a version cannot be a variation of itself"));
                }
                List<PlanFile.IndicatorAt> indicatorsAt = new ArrayList<>();
                versions.add(new PlanFile.Version(
                        label,
                        date(node.get("date"), path + ".date"),
                        variationOf,
                        text(node, "note"),
                        objectives(node.path("objectives"), path + ".objectives", indicatorsAt),
                        tree.problemAt(path + ".variationOf", ""),
                        indicatorsAt));
            }
            return new PlanFile(fileName, header, versions);
        }

        private List<Objective> objectives(JsonNode nodes, String path, List<PlanFile.IndicatorAt> indicatorsAt) {
            List<Objective> objectives = new ArrayList<>();
            Set<String> numbers = new HashSet<>();
            Set<String> commitmentRefs = new HashSet<>();
            Set<String> measureRefs = new HashSet<>();
            for (int o = 0; o < nodes.size(); o++) {
                String at = path + "[" + o + "]";
                JsonNode node = nodes.get(o);
                String number = text(node, "number");
                if (number != null && !numbers.add(number)) {
                    problems.add(tree.problemAt(at + ".number", "objective number " + number + " is used twice"));
                }
                List<Commitment> commitments = new ArrayList<>();
                JsonNode commitmentNodes = node.path("commitments");
                for (int c = 0; c < commitmentNodes.size(); c++) {
                    String cAt = at + ".commitments[" + c + "]";
                    Commitment commitment = commitment(commitmentNodes.get(c), cAt);
                    if (commitment != null) {
                        unique(commitment.ref(), commitmentRefs, cAt + ".ref", "commitment");
                        commitments.add(commitment);
                    }
                }
                List<Measure> measures = new ArrayList<>();
                JsonNode measureNodes = node.path("measures");
                for (int m = 0; m < measureNodes.size(); m++) {
                    String mAt = at + ".measures[" + m + "]";
                    Measure measure = measure(measureNodes.get(m), mAt);
                    if (measure != null) {
                        unique(measure.ref(), measureRefs, mAt + ".ref", "measure");
                        if (measure.indicator() != null) {
                            indicatorsAt.add(new PlanFile.IndicatorAt(
                                    objectives.size(), measures.size(), tree.problemAt(mAt + ".indicator", "")));
                        }
                        measures.add(measure);
                    }
                }
                if (node.hasNonNull("title")) {
                    objectives.add(new Objective(
                            number,
                            node.get("title").asText(),
                            text(node, "section"),
                            text(node, "description"),
                            text(node, "reasonsForChange"),
                            commitments,
                            measures));
                }
            }
            return objectives;
        }

        private void unique(String ref, Set<String> seen, String path, String what) {
            if (ref != null && !seen.add(ref)) {
                problems.add(tree.problemAt(path, what + " ref " + ref + " is used twice in this version"));
            }
        }

        private Commitment commitment(JsonNode node, String path) {
            LocalDate start = date(node.get("start"), path + ".start");
            LocalDate due = date(node.get("due"), path + ".due");
            if (!node.hasNonNull("text")) {
                return null; // reported by the schema
            }
            try {
                return Commitment.of(
                        text(node, "ref"),
                        text(node, "heading"),
                        node.get("text").asText(),
                        leads(node.get("lead")),
                        cadence(node.get("cadence")),
                        start,
                        due);
            } catch (PlanRuleViolation e) {
                reportUnlessReported(path + "." + e.field(), e.reason());
                return null;
            }
        }

        @SuppressWarnings("unchecked")
        private Measure measure(JsonNode node, String path) {
            if (!node.hasNonNull("text")) {
                return null; // reported by the schema
            }
            Target target = null;
            if (node.path("target").isObject()) {
                try {
                    target = TargetCodec.fromMap(JSON.convertValue(node.get("target"), Map.class));
                } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
                    reportUnlessReported(path + ".target", String.valueOf(e.getMessage()));
                    return null;
                }
            }
            try {
                return Measure.of(
                                text(node, "ref"),
                                text(node, "heading"),
                                node.get("text").asText(),
                                ImprovementDirection.fromCode(
                                        node.path("direction").asText()),
                                node.has("unit")
                                        ? MeasureUnit.fromCode(node.get("unit").asText())
                                        : null,
                                leads(node.get("lead")),
                                target,
                                text(node, "baselineInferred"),
                                node.path("targetFromCommitment").asBoolean(false))
                        .withIndicator(text(node, "indicator"), text(node, "noIndicator"));
            } catch (PlanRuleViolation e) {
                reportUnlessReported(path + "." + e.field(), e.reason());
                return null;
            } catch (IllegalArgumentException e) {
                return null; // an unknown direction or unit: reported by the schema
            }
        }

        private static ReportingCadence cadence(JsonNode node) {
            if (node == null || node.isNull()) {
                return null;
            }
            try {
                return ReportingCadence.fromCode(node.asText());
            } catch (IllegalArgumentException e) {
                return null; // reported by the schema
            }
        }

        /** A rule problem where the schema has not already reported one at or below the same field. */
        private void reportUnlessReported(String path, String message) {
            String field = YamlTree.field(path);
            boolean reported = problems.stream()
                    .anyMatch(problem ->
                            problem.field() != null && problem.field().startsWith(field));
            if (!reported) {
                problems.add(tree.problemAt(path, message));
            }
        }

        private static List<String> leads(JsonNode node) {
            if (node == null || node.isNull()) {
                return List.of();
            }
            if (node.isArray()) {
                List<String> leads = new ArrayList<>();
                node.forEach(lead -> leads.add(lead.asText()));
                return leads;
            }
            return List.of(node.asText());
        }

        private LocalDate date(JsonNode node, String path) {
            if (node == null || node.isNull() || !node.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return null; // absent, or not in the date form (reported by the schema)
            }
            try {
                return LocalDate.parse(node.asText());
            } catch (DateTimeParseException e) {
                problems.add(tree.problemAt(path, "'" + node.asText() + "' is not a real date"));
                return null;
            }
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }
    }
}
