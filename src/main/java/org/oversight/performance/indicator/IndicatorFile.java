package org.oversight.performance.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oversight.shared.yaml.LocatedYaml;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * An indicator file ({@code oversight-indicators/1}, docs/indicator-file-format.md): read with every
 * problem's line, column and field, and written. Reading checks the file's form and each definition's
 * shape; the values are checked against the data when the file is imported ({@link IndicatorCatalogue}).
 *
 * @param entries the indicators in file order, each with the change note written with it and where
 */
public record IndicatorFile(String fileName, List<Entry> entries, LocatedYaml located) {

    public static final String FORMAT = "oversight-indicators/1";

    /** Far beyond any real catalogue (the example's 129 indicators are 1,000 lines, 40 KB, 3,000 values). */
    static final int MAX_CHARACTERS = 4 * 1024 * 1024;

    static final int MAX_VALUES = 100_000;
    static final int MAX_DEPTH = 30;
    static final int MAX_ALIASES = 100;

    /** Values the document stands for with its aliases expanded, counting up to just past the limit. */
    private static int expandedValues(Node node, int depth, int[] count) {
        if (++count[0] > MAX_VALUES || depth > MAX_DEPTH) {
            return MAX_VALUES + 1;
        }
        if (node instanceof org.yaml.snakeyaml.nodes.MappingNode mapping) {
            for (org.yaml.snakeyaml.nodes.NodeTuple tuple : mapping.getValue()) {
                if (expandedValues(tuple.getKeyNode(), depth + 1, count) > MAX_VALUES
                        || expandedValues(tuple.getValueNode(), depth + 1, count) > MAX_VALUES) {
                    return MAX_VALUES + 1;
                }
            }
        } else if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (expandedValues(item, depth + 1, count) > MAX_VALUES) {
                    return MAX_VALUES + 1;
                }
            }
        }
        return count[0];
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One indicator of the file; {@code path} is where it was written ({@code $.indicators[3]}). */
    public record Entry(Indicator indicator, String note, String path) {}

    /** Reads a file; throws {@link IndicatorFileRefused} listing every problem found. */
    public static IndicatorFile read(String fileName, byte[] bytes) {
        List<IndicatorFileProblem> problems = new ArrayList<>();
        String text = decode(fileName, bytes, problems);
        if (text == null) {
            throw new IndicatorFileRefused(problems);
        }
        Node document;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // reported with their line
            options.setCodePointLimit(MAX_CHARACTERS);
            options.setMaxAliasesForCollections(MAX_ALIASES);
            options.setNestingDepthLimit(MAX_DEPTH);
            document = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new IndicatorFileRefused(List.of(new IndicatorFileProblem(
                    fileName,
                    mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1,
                    "",
                    "not valid YAML: " + e.getProblem())));
        } catch (YAMLException e) {
            throw new IndicatorFileRefused(
                    List.of(new IndicatorFileProblem(fileName, 0, 0, "", "not valid YAML: " + e.getMessage())));
        }
        if (document == null) {
            throw new IndicatorFileRefused(List.of(new IndicatorFileProblem(fileName, 0, 0, "", "the file is empty")));
        }
        // Measured before anything is built from it: aliases can make a small file stand for billions of values.
        if (expandedValues(document, 0, new int[] {0}) > MAX_VALUES) {
            throw new IndicatorFileRefused(List.of(new IndicatorFileProblem(
                    fileName,
                    0,
                    0,
                    "",
                    "the file stands for more than " + MAX_VALUES + " values (or nests deeper than " + MAX_DEPTH
                            + ") once its aliases are expanded: an indicator file is far smaller")));
        }
        LocatedYaml located = LocatedYaml.of(document);
        located.problems().forEach(p -> problems.add(problemAt(fileName, located, p.path(), p.message())));
        JsonNode root = located.root();
        List<Entry> entries = new ArrayList<>();
        if (!root.isObject()) {
            problems.add(
                    problemAt(fileName, located, "$", "an indicator file is a mapping with format and indicators"));
            throw new IndicatorFileRefused(problems);
        }
        root.fieldNames().forEachRemaining(field -> {
            if (!field.equals("format") && !field.equals("indicators")) {
                problems.add(problemAt(
                        fileName,
                        located,
                        "$." + field,
                        "is not a field of an indicator file; it has" + " format and indicators"));
            }
        });
        if (!FORMAT.equals(root.path("format").asText(null))) {
            problems.add(problemAt(fileName, located, "$.format", "must be " + FORMAT));
        }
        JsonNode list = root.path("indicators");
        if (!list.isArray()) {
            problems.add(problemAt(fileName, located, "$.indicators", "must be a list of indicators"));
        } else {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String path = "$.indicators[" + i + "]";
                JsonNode node = list.get(i);
                if (!node.isObject()) {
                    problems.add(problemAt(fileName, located, path, "must be a mapping: code, name, unit, source…"));
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> definition = JSON.convertValue(node, LinkedHashMap.class);
                Object note = definition.remove("note");
                List<IndicatorProblem> found = new ArrayList<>();
                Indicator indicator = IndicatorCodec.fromMap(definition, 0, found);
                for (IndicatorProblem problem : found) {
                    problems.add(problemAt(fileName, located, path + "." + problem.field(), problem.message()));
                }
                if (indicator != null) {
                    if (!codes.add(indicator.code())) {
                        problems.add(problemAt(
                                fileName,
                                located,
                                path + ".code",
                                "indicator '" + indicator.code() + "' is defined twice in the file"));
                    }
                    entries.add(new Entry(indicator, note == null ? null : String.valueOf(note), path));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IndicatorFileRefused(sorted(problems));
        }
        return new IndicatorFile(fileName, entries, located);
    }

    /** A problem with an entry's field ({@code source.crimeTypes[1]}), where it was written. */
    public IndicatorFileProblem problem(Entry entry, IndicatorProblem problem) {
        return problemAt(fileName, located, entry.path() + "." + problem.field(), problem.message());
    }

    /** The indicators as an indicator file, with a note saying where it came from. */
    public static String write(List<Indicator> indicators, String comment) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("format", FORMAT);
        List<Object> list = new ArrayList<>();
        indicators.forEach(indicator -> list.add(IndicatorCodec.toMap(indicator)));
        file.put("indicators", list);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setSplitLines(false);
        StringBuilder text = new StringBuilder();
        for (String line : comment.split("\n")) {
            text.append("# ").append(line).append('\n');
        }
        return text.append(new Yaml(options).dump(file)).toString();
    }

    static List<IndicatorFileProblem> sorted(List<IndicatorFileProblem> problems) {
        return problems.stream()
                .distinct()
                .sorted(Comparator.comparingInt(IndicatorFileProblem::line)
                        .thenComparingInt(IndicatorFileProblem::column))
                .toList();
    }

    private static IndicatorFileProblem problemAt(String file, LocatedYaml located, String path, String message) {
        LocatedYaml.Position at = located.position(path);
        return new IndicatorFileProblem(file, at.line(), at.column(), LocatedYaml.field(path), message);
    }

    private static String decode(String fileName, byte[] bytes, List<IndicatorFileProblem> problems) {
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
            problems.add(new IndicatorFileProblem(fileName, 0, 0, "", "not valid UTF-8 text"));
            return null;
        }
    }
}
