package org.oversight.policedata.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.oversight.accounts.CurrentUser;
import org.oversight.platform.CommandGroup;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportListener;
import org.oversight.policedata.ImportStatus;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.completeness.CompletenessDocument;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./oversight import police-data PATH... [--json]}. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "import",
        description = "Import data into Oversight.",
        mixinStandardHelpOptions = true,
        subcommands = {ImportCommand.PoliceData.class, ImportCommand.AreaSetCommand.class})
public class ImportCommand extends CommandGroup {

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "police-data",
            description = "Import data.police.uk files (street, outcomes, stop-and-search): single CSV files, folders"
                    + " or the archive zip. Each file loads in one transaction; a refused file changes nothing."
                    + " Exits 1 when any file was refused.",
            mixinStandardHelpOptions = true)
    static class PoliceData implements Callable<Integer> {
        private final PoliceDataApi policeData;
        private final ObjectMapper json;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "CSV files, folders or zip archives.")
        List<Path> paths;

        @Option(names = "--json", description = "Print the summary as JSON (and no progress bar).")
        boolean asJson;

        @Option(
                names = "--demonstration",
                description = "Mark the files as generated demonstration data (shown as such everywhere).")
        boolean demonstration;

        PoliceData(PoliceDataApi policeData, ObjectMapper json) {
            this.policeData = policeData;
            this.json = json;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ImportListener listener = asJson ? ImportListener.NONE : new ProgressBar(err, System.console() != null);
            List<FileImportResult> results = policeData.importPaths(paths, demonstration, CurrentUser.name(), listener);
            if (asJson) {
                out.println(
                        json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary(results)));
            } else {
                for (FileImportResult result : results) {
                    out.println(line(result));
                }
                out.printf(
                        "%d files: %d imported, %d replaced, %d unchanged, %d refused%n",
                        results.size(),
                        count(results, ImportStatus.IMPORTED),
                        count(results, ImportStatus.REPLACED),
                        count(results, ImportStatus.UNCHANGED),
                        count(results, ImportStatus.REFUSED));
            }
            long incomplete = results.stream()
                    .filter(r -> Boolean.FALSE.equals(r.complete()))
                    .count();
            if (!asJson && incomplete > 0) {
                out.printf(
                        "%d %s for a month that is incomplete: performance figures leave it out"
                                + " ('police-data months' lists every month; 'police-data mark-month' overrides).%n",
                        incomplete, incomplete == 1 ? "file is" : "files are");
            }
            out.flush();
            err.flush();
            return results.stream().anyMatch(FileImportResult::refused) ? 1 : 0;
        }

        static String line(FileImportResult r) {
            if (r.refused()) {
                return r.file() + ": refused, nothing was stored: " + r.problem();
            }
            String text = String.format(
                    "%s: %s (%s, %s, %s): %,d rows",
                    r.file(), r.status().code(), r.force(), r.month(), r.kind().slug(), r.rowsAccepted());
            if (r.duplicateRows() > 0) {
                text += String.format(", %,d exact duplicate rows kept", r.duplicateRows());
            }
            if (r.quality() != null && r.quality().unexpectedValues() > 0) {
                text += String.format(
                        ", %,d values outside the known sets (kept)",
                        r.quality().unexpectedValues());
            }
            if (r.quality() != null && r.quality().invalidValues() > 0) {
                text += String.format(
                        ", %,d %s in the wrong format (kept; %s)",
                        r.quality().invalidValues(),
                        r.quality().invalidValues() == 1 ? "value" : "values",
                        r.quality().invalidByField().entrySet().stream()
                                .map(e -> e.getKey() + " " + lines(e.getValue()))
                                .collect(java.util.stream.Collectors.joining("; ")));
            }
            if (Boolean.FALSE.equals(r.complete())) {
                text += ". INCOMPLETE MONTH: " + r.completeness().reason()
                        + " Performance figures leave the month out.";
            }
            return text;
        }

        /** Where, in words: line 5; or lines 5, 9 and 3 more. */
        private static String lines(org.oversight.policedata.DataQuality.InvalidValues values) {
            String listed = values.firstLines().stream()
                    .map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "));
            return (values.rows() == 1 ? "line " : "lines ")
                    + listed
                    + (values.moreLines() > 0 ? " and " + values.moreLines() + " more" : "");
        }

        private static long count(List<FileImportResult> results, ImportStatus status) {
            return results.stream().filter(r -> r.status() == status).count();
        }

        Map<String, Object> summary(List<FileImportResult> results) {
            List<Map<String, Object>> files = results.stream()
                    .map(r -> {
                        Map<String, Object> file = new LinkedHashMap<>();
                        file.put("file", r.file());
                        file.put("force", r.force());
                        file.put("month", r.month() == null ? null : r.month().toString());
                        file.put("kind", r.kind() == null ? null : r.kind().slug());
                        file.put("rowsAccepted", r.rowsAccepted());
                        file.put("rowsRejected", r.rowsRejected());
                        file.put("status", r.status().code());
                        file.put("duplicateRows", r.duplicateRows());
                        file.put("batchId", r.batchId());
                        file.put(
                                "demonstration",
                                r.batchId() != null
                                        && policeData
                                                .batch(r.batchId())
                                                .map(org.oversight.policedata.ImportBatch::demonstration)
                                                .orElse(false));
                        file.put(
                                "problem",
                                r.problem() == null
                                        ? null
                                        : Map.of(
                                                "line", r.problem().line(),
                                                "column", r.problem().column(),
                                                "message", r.problem().message()));
                        file.put("dataQuality", r.quality());
                        file.put("complete", r.complete());
                        file.put(
                                "completeness",
                                r.completeness() == null ? null : CompletenessDocument.of(r.completeness()));
                        return file;
                    })
                    .toList();
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("files", files);
            for (ImportStatus status : ImportStatus.values()) {
                summary.put(status.code(), count(results, status));
            }
            return summary;
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "area-set",
            description = "Import a named set of LSOAs (e.g. the Impact Areas) from a CSV list of LSOA codes with a"
                    + " header naming the column (lsoa_code, LSOA code or lsoa21cd). Replaces a set of the same name;"
                    + " every problem is reported with its line and nothing is stored when there is any.",
            mixinStandardHelpOptions = true)
    static class AreaSetCommand implements Callable<Integer> {
        private final PoliceDataApi policeData;

        @Spec
        CommandSpec spec;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "e.g. \"Impact Areas\"")
        String name;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        AreaSetCommand(PoliceDataApi policeData) {
            this.policeData = policeData;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try (java.io.InputStream input = java.nio.file.Files.newInputStream(file)) {
                org.oversight.policedata.AreaSet set =
                        policeData.importAreaSet(name, file.toString(), input, CurrentUser.name());
                spec.commandLine()
                        .getOut()
                        .printf(
                                "area set '%s': %d LSOAs%n",
                                set.name(), set.lsoaCodes().size());
                spec.commandLine().getOut().flush();
                return 0;
            } catch (org.oversight.policedata.AreaSetRefused e) {
                err.println("refused, nothing was stored:");
                e.problems().forEach(problem -> err.println("  " + problem));
                err.flush();
                return 1;
            } catch (java.io.IOException e) {
                err.println(file + ": could not be read: " + e.getMessage());
                err.flush();
                return 1;
            }
        }
    }
}
