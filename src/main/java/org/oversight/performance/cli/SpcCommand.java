package org.oversight.performance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.oversight.performance.spc.ChartPoint;
import org.oversight.performance.spc.ImprovementDirection;
import org.oversight.performance.spc.Segment;
import org.oversight.performance.spc.Spc;
import org.oversight.performance.spc.SpcChart;
import org.oversight.performance.spc.SpcDocument;
import org.oversight.performance.spc.SpcOptions;
import org.oversight.performance.spc.SpecialCauseRule;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./oversight spc --direction increase|decrease|neutral [--target X] [--shift-run 7]
 * [--trend-run 7] [--fix-after N] [--rebase PERIOD[,PERIOD]] --input FILE.csv [--json]}: the SPC
 * chart of a {@code period,value} CSV file, as JSON in the command-line contract or as a table.
 * Exits 2 for bad input, with every problem on standard error. It needs no database, so it runs
 * without starting the application.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "spc",
        description = "Statistical process control (\"Making Data Count\") of a series: centre, process limits,"
                + " special cause variation and assurance against a target. The CSV file has the header"
                + " period,value and one row per period in time order. Exits 2 for bad input.",
        mixinStandardHelpOptions = true)
public class SpcCommand implements Callable<Integer> {

    static final int BAD_INPUT = 2;

    /** Plain Jackson writes {@link SpcDocument} exactly as the API does: components in order, nulls kept. */
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(
            names = "--direction",
            required = true,
            paramLabel = "increase|decrease|neutral",
            description = "Which way is better (neutral: neither).")
    String direction;

    @Option(names = "--target", paramLabel = "X", description = "Target, for the assurance (not with neutral).")
    Double target;

    @Option(
            names = "--shift-run",
            paramLabel = "N",
            defaultValue = "7",
            description = "Points on one side of the centre that make a shift (default ${DEFAULT-VALUE}).")
    int shiftRun;

    @Option(
            names = "--trend-run",
            paramLabel = "N",
            defaultValue = "7",
            description = "Points each higher (or lower) than the one before that make a trend (default"
                    + " ${DEFAULT-VALUE}).")
    int trendRun;

    @Option(
            names = "--fix-after",
            paramLabel = "N",
            description = "Compute the limits from the first N points of each segment only.")
    Integer fixAfter;

    @Option(
            names = "--rebase",
            split = ",",
            paramLabel = "PERIOD",
            description = "Periods that start a new segment with its own limits.")
    List<String> rebase;

    @Option(
            names = "--screen-outliers",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "Leave moving ranges of at least 3.267 x their mean out of the limits (default on;"
                    + " --no-screen-outliers to keep them).")
    boolean screenOutliers;

    @Option(names = "--input", required = true, paramLabel = "FILE.csv", description = "CSV file: period,value")
    Path input;

    @Option(names = "--json", description = "Print the chart as JSON (the command-line contract).")
    boolean asJson;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SpcOptions options;
        try {
            options = new SpcOptions(
                    ImprovementDirection.fromCode(direction),
                    target,
                    shiftRun,
                    trendRun,
                    fixAfter,
                    rebase == null
                            ? List.of()
                            : rebase.stream().map(String::strip).toList(),
                    screenOutliers);
        } catch (IllegalArgumentException e) {
            return badInput(err, List.of(e.getMessage()));
        }
        SpcChart chart;
        try {
            SeriesCsv series = read(input);
            chart = Spc.calculate(series.periods(), series.values(), options);
        } catch (SeriesCsv.Refused e) {
            return badInput(err, e.problems());
        } catch (IllegalArgumentException e) {
            return badInput(err, List.of(input + ": " + e.getMessage()));
        }
        if (asJson) {
            out.println(JSON.writeValueAsString(SpcDocument.of(chart)));
        } else {
            printTable(out, chart, options);
        }
        out.flush();
        return 0;
    }

    private static int badInput(PrintWriter err, List<String> problems) {
        problems.forEach(err::println);
        err.println("no chart was drawn");
        err.flush();
        return BAD_INPUT;
    }

    private static SeriesCsv read(Path input) throws SeriesCsv.Refused {
        try (Reader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            return SeriesCsv.read(input.toString(), reader);
        } catch (NoSuchFileException e) {
            throw new SeriesCsv.Refused(List.of(input + ": no such file"));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new SeriesCsv.Refused(List.of(input + ": could not be read as UTF-8 text: " + e.getMessage()));
        }
    }

    private static void printTable(PrintWriter out, SpcChart chart, SpcOptions options) {
        out.printf(
                "Improvement direction: %s. Target: %s.%n",
                options.direction().code(), options.target() == null ? "none" : number(options.target()));
        out.printf(
                "Centre %s, lower process limit %s, upper process limit %s%s.%n",
                number(chart.centre()),
                number(chart.lowerLimit()),
                number(chart.upperLimit()),
                chart.trial() ? " (trial limits: fewer than 12 points)" : "");
        if (chart.segments().size() > 1) {
            for (Segment segment : chart.segments()) {
                out.printf(
                        "Segment %d from %s: %d points, centre %s, limits %s to %s%s.%n",
                        segment.number() + 1,
                        segment.firstPeriod(),
                        segment.size(),
                        number(segment.limits().centre()),
                        number(segment.limits().lowerLimit()),
                        number(segment.limits().upperLimit()),
                        segment.trial() ? " (trial limits)" : "");
            }
        }
        out.printf(
                "Variation: %s. Assurance: %s.%n%n",
                chart.variation().words(),
                chart.assurance() == null
                        ? "none (no target or neutral direction)"
                        : chart.assurance().words());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"period", "value", "moving range", "centre", "lower", "upper", "point type", "rules"});
        for (ChartPoint point : chart.points()) {
            rows.add(new String[] {
                point.period(),
                number(point.value()),
                point.movingRange() == null ? "" : number(point.movingRange()),
                number(point.limits().centre()),
                number(point.limits().lowerLimit()),
                number(point.limits().upperLimit()),
                point.pointType().words(),
                point.rules().stream().map(SpecialCauseRule::words).collect(Collectors.joining(", "))
            });
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                // Text left-aligned, numbers right-aligned.
                boolean numeric = c >= 1 && c <= 5;
                String cell = numeric ? pad(row[c], widths[c], true) : pad(row[c], widths[c], false);
                line.append(cell);
                if (c < row.length - 1) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(width - text.length());
        return right ? spaces + text : text + spaces;
    }

    /** For reading only: four decimal places at most, without trailing zeros (the JSON is not rounded). */
    static String number(double value) {
        String text = BigDecimal.valueOf(value)
                .setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
        return text.equals("-0") ? "0" : text.toLowerCase(Locale.ROOT);
    }
}
