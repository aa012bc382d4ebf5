package org.oversight.stopsearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.oversight.platform.CommandGroup;
import org.oversight.stopsearch.Disproportionality;
import org.oversight.stopsearch.EthnicityBasis;
import org.oversight.stopsearch.GroupPopulation;
import org.oversight.stopsearch.GroupRate;
import org.oversight.stopsearch.StopSearchApi;
import org.oversight.stopsearch.StopSearchRefused;
import org.oversight.stopsearch.StopSearchSummary;
import org.oversight.stopsearch.figures.PopulationFile;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./oversight stop-search disproportionality|summary --force SLUG --from YYYY-MM --to YYYY-MM [--json]}. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "stop-search",
        description = "Stop and search oversight figures of a force over a range of months.",
        mixinStandardHelpOptions = true,
        subcommands = {StopSearchCommand.DisproportionalityCommand.class, StopSearchCommand.SummaryCommand.class})
public class StopSearchCommand extends CommandGroup {

    /** Exit status for a request that cannot be answered (its message says why). */
    static final int REFUSED = 1;

    /** The options both commands share, checked the same way. */
    abstract static class Range implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(
                names = "--force",
                required = true,
                paramLabel = "SLUG",
                description = "The force's data.police.uk slug.")
        String force;

        @Option(names = "--from", required = true, paramLabel = "YYYY-MM", description = "The first month.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "YYYY-MM", description = "The last month.")
        String to;

        @Option(names = "--json", description = "Print JSON.")
        boolean asJson;

        final StopSearchApi api;
        final ObjectMapper json;

        Range(StopSearchApi api, ObjectMapper json) {
            this.api = api;
            this.json = json;
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                Object document = answer(month("--from", from), month("--to", to), out);
                if (asJson) {
                    out.println(json.copy()
                            .enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(document));
                }
                out.flush();
                return 0;
            } catch (StopSearchRefused e) {
                err.println(e.getMessage());
                err.flush();
                return REFUSED;
            }
        }

        /** The JSON's fields are fixed, so the label of demonstration data goes to the error stream. */
        void demonstrationNote() {
            spec.commandLine().getErr().println("Note: these figures include generated demonstration data.");
            spec.commandLine().getErr().flush();
        }

        /** The JSON document; without --json, prints the figures as text too. */
        abstract Object answer(YearMonth first, YearMonth last, PrintWriter out) throws IOException;

        static YearMonth month(String option, String text) {
            try {
                return YearMonth.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new StopSearchRefused(option + " '" + text + "' is not a month like 2024-04");
            }
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "disproportionality",
            description = "Searches per 1,000 residents of each broad ethnic group and the ratio to the White rate with"
                    + " its 95% confidence interval.",
            mixinStandardHelpOptions = true)
    static class DisproportionalityCommand extends Range {

        @Option(
                names = "--ethnicity",
                paramLabel = "self-defined|officer-defined",
                description = "Whose account of ethnicity to read (default: self-defined, the Home Office basis).")
        String ethnicity = EthnicityBasis.SELF_DEFINED.code();

        @Option(
                names = "--population",
                paramLabel = "FILE",
                description = "A CSV ethnic_group,population for the force area, used instead of the imported"
                        + " population.")
        Path population;

        DisproportionalityCommand(StopSearchApi api, ObjectMapper json) {
            super(api, json);
        }

        @Override
        Object answer(YearMonth first, YearMonth last, PrintWriter out) throws IOException {
            EthnicityBasis basis = EthnicityBasis.fromCode(ethnicity)
                    .orElseThrow(() -> new StopSearchRefused(
                            "--ethnicity '" + ethnicity + "' must be self-defined or officer-defined"));
            Optional<GroupPopulation> given = Optional.empty();
            if (population != null) {
                if (!Files.isRegularFile(population)) {
                    throw new StopSearchRefused("--population " + population + ": no such file");
                }
                given = Optional.of(PopulationFile.read(population.toString(), Files.readAllBytes(population)));
            }
            Disproportionality figures = api.disproportionality(force, first, last, basis, given);
            if (!asJson) {
                print(figures, out);
            } else if (figures.demonstration()) {
                demonstrationNote();
            }
            return StopSearchJson.disproportionality(figures);
        }

        private static void print(Disproportionality figures, PrintWriter out) {
            out.printf(
                    "%s, %s to %s, %s ethnicity%s%n",
                    figures.force(),
                    figures.from(),
                    figures.to(),
                    figures.basis().code(),
                    figures.demonstration() ? " (includes generated demonstration data)" : "");
            out.printf(
                    "%d searches, %d (%s%%) with no ethnicity recorded%n",
                    figures.searches(),
                    figures.unrecordedEthnicity(),
                    figures.unrecordedShare().percent());
            out.println("group\tsearches\tpopulation\trate per 1,000\tratio to White\t95% interval");
            for (GroupRate g : figures.groups()) {
                out.printf(
                        "%s\t%d\t%s\t%s\t%s\t%s%n",
                        g.group().label(),
                        g.searches(),
                        g.population() == null ? "-" : g.population(),
                        g.ratePer1000() == null ? "-" : g.ratePer1000(),
                        g.ratioToWhite() == null ? "-" : g.ratioToWhite(),
                        g.ciLow() == null ? "-" : g.ciLow() + " to " + g.ciHigh());
            }
            out.println("Population: " + figures.population() + ". Residents are not the people present in an area"
                    + " (visitors, commuters and the night-time economy are not residents).");
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "summary",
            description =
                    "Searches by power, outcome and more; positive outcome rates; linked outcomes; strip searches;"
                            + " children; section 60.",
            mixinStandardHelpOptions = true)
    static class SummaryCommand extends Range {

        SummaryCommand(StopSearchApi api, ObjectMapper json) {
            super(api, json);
        }

        @Override
        Object answer(YearMonth first, YearMonth last, PrintWriter out) {
            StopSearchSummary summary = api.summary(force, first, last);
            if (!asJson) {
                print(summary, out);
            } else if (summary.demonstration()) {
                demonstrationNote();
            }
            return StopSearchJson.summary(summary);
        }

        private static void print(StopSearchSummary s, PrintWriter out) {
            out.printf(
                    "%s, %s to %s: %d searches%s%n",
                    s.force(),
                    s.from(),
                    s.to(),
                    s.searches(),
                    s.demonstration() ? " (includes generated demonstration data)" : "");
            breakdown("By legislation", s.byLegislation(), out);
            breakdown("By outcome", s.byOutcome(), out);
            out.printf(
                    "Positive outcome rate: %s%% (%d of %d with an outcome recorded)%n",
                    s.positiveOutcomes().rate().percent(),
                    s.positiveOutcomes().positive(),
                    s.positiveOutcomes().outcomeRecorded());
            out.printf(
                    "Reasonable grounds: %s%% (%d of %d), target at least 50%%%n",
                    s.reasonableGrounds().rate().percent(),
                    s.reasonableGrounds().positive(),
                    s.reasonableGrounds().outcomeRecorded());
            out.printf(
                    "Outcome linked to object of search: %d true, %d false, %d blank%n",
                    s.linkedOutcomes().linked(),
                    s.linkedOutcomes().notLinked(),
                    s.linkedOutcomes().notRecorded());
            out.printf(
                    "More than outer clothing removed: %d (%s%%), %d blank%n",
                    s.stripSearches().count(), s.stripSearches().percent(), s.stripSearchesNotRecorded());
            out.printf(
                    "Children: %d under 10, %d aged 10-17 (%s%%)%n",
                    s.children().under10(),
                    s.children().aged10To17(),
                    s.children().share().percent());
            out.printf(
                    "Section 60: %d (%s%%)%n",
                    s.section60().count(), s.section60().percent());
        }

        private static void breakdown(String title, Map<String, Long> counts, PrintWriter out) {
            out.println(title + ":");
            counts.forEach((value, n) -> out.printf("  %s\t%d%n", value.isEmpty() ? "(blank)" : value, n));
        }
    }
}
