package org.oversight.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.oversight.board.actionplan.ActionPlan;
import org.oversight.board.actionplan.ActionPlanItem;
import org.oversight.board.actionplan.ActionPlans;
import org.oversight.board.meeting.Meeting;
import org.oversight.board.meeting.Meetings;
import org.oversight.board.report.BoardReports;
import org.oversight.reports.DocumentFormat;
import org.oversight.reports.Snapshot;
import org.oversight.testdata.SeedDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.yaml.snakeyaml.Yaml;

/**
 * The example meeting of 2 December 2014: its report, built from the December 2014 cycle, carries
 * every objective, milestone, lead line, cadence and update of seed 001 (checked against the
 * example cycle file always, and against the seed's own text where the seed is present); its PDF is
 * tagged and its text carries every objective and lead; the four action plans of seed 000 are there.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExampleBoardTest {

    static final String PLAN = "wm-police-and-crime-plan";
    static final LocalDate DAY = LocalDate.of(2014, 12, 2);

    @Autowired
    Meetings meetings;

    @Autowired
    BoardReports reports;

    @Autowired
    ActionPlans actionPlans;

    Meeting example() {
        return meetings.find(PLAN, DAY).orElseThrow();
    }

    /** The example report, frozen (the demonstration figures, which freeze it on a first start, are off in tests). */
    Snapshot frozen() {
        Meeting meeting = example();
        if (reports.latest(meeting).orElseThrow().isDraft()) {
            reports.freeze(meeting, "test-analyst");
        }
        return reports.latestFrozen(meeting).orElseThrow();
    }

    String pdfText() throws IOException {
        byte[] pdf = reports.renderFrozen(example(), DocumentFormat.PDF).bytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo(
                            "Performance against the 2014-15 Milestones and Deliverables in the Police and Crime Plan"
                                    + " 2014-15");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theExampleMeetingIsThereWithItsAgendaItemAndItsReportFromTheDecemberCycle() {
        Meeting meeting = example();

        assertThat(meeting.example()).isTrue();
        assertThat(meeting.cycleName()).isEqualTo("December 2014 Board");
        assertThat(meeting.agendaItems()).singleElement().asString().startsWith("Agenda item 10: Performance against");
        assertThat(reports.latest(meeting)).get().extracting(Snapshot::key).isEqualTo(PLAN + "/2014-12-02");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReportCarriesEveryMilestoneLeadLineAndUpdateOfTheExampleCycleFile() throws IOException {
        frozen();
        String report = squash(
                new String(reports.renderFrozen(example(), DocumentFormat.HTML).bytes(), StandardCharsets.UTF_8)
                        .replaceAll("<[^>]+>", " ")
                        .replace("&quot;", "\"")
                        .replace("&amp;", "&")
                        .replace("&#39;", "'"));
        Map<String, Object> cycle;
        try (InputStream input = getClass().getResourceAsStream("/updates/examples/wm-december-2014-board.yaml")) {
            cycle = new Yaml().load(input);
        }
        List<String> missing = new ArrayList<>();
        int pieces = 0;
        for (Map<String, Object> item : (List<Map<String, Object>>) cycle.get("items")) {
            List<String> texts = new ArrayList<>();
            texts.add((String) item.get("leadLine"));
            texts.add((String) item.get("wording"));
            String narrative = (String) item.get("narrative");
            if (narrative != null) {
                for (String line : narrative.split("\n")) {
                    texts.add(line.replaceFirst("^(### |- )", ""));
                }
            }
            for (String text : texts) {
                if (text != null && !text.isBlank()) {
                    pieces++;
                    if (!report.contains(squash(text))) {
                        missing.add(item.get("ref") + ": " + text);
                    }
                }
            }
            // The milestone as the plan words it; three read slightly differently in the report.
            assertThat(report).as("milestone " + item.get("ref")).contains(squash((String) item.get("ref")));
        }
        assertThat(pieces).isGreaterThan(300);
        assertThat(missing).as("example cycle texts missing from the report").isEmpty();
    }

    @Test
    void thePdfIsTaggedAndCarriesEveryObjectiveAndLeadOfTheSeedsReport() throws IOException {
        Path seed = SeedDocuments.folder().resolve("001_bd7793fc1852ee61.txt");
        frozen();
        String pdf = squash(pdfText());
        List<String> seedLines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        List<String> objectives = seedLines.stream()
                .map(String::strip)
                .filter(line -> OBJECTIVES.stream().anyMatch(o -> squash(o).equals(squash(line))))
                .toList();
        List<String> leads = seedLines.stream()
                .map(String::strip)
                .filter(line -> line.matches("^(Lead |ACC |PCC ).*(monthly|Monthly|Quarterly|complete|Operations)$"))
                .toList();

        assertThat(objectives).hasSize(9);
        assertThat(leads).hasSizeGreaterThanOrEqualTo(40);
        assertThat(objectives.stream().filter(o -> !pdf.contains(squash(o))))
                .as("objectives of seed 001 missing from the PDF")
                .isEmpty();
        assertThat(leads.stream().filter(l -> !pdf.contains(squash(l))))
                .as("lead lines of seed 001 missing from the PDF")
                .isEmpty();
    }

    @Test
    void theExampleRendersInAllThreeFormats() {
        frozen();
        for (DocumentFormat format : List.of(DocumentFormat.HTML, DocumentFormat.PDF, DocumentFormat.DOCX)) {
            assertThat(reports.renderFrozen(example(), format).bytes())
                    .as(format.name())
                    .hasSizeGreaterThan(10_000);
        }
    }

    @Test
    void theFourSummitActionPlansOfSeed000AreLoadedWithTheirSource() {
        List<ActionPlan> plans = actionPlans.all();

        assertThat(plans)
                .extracting(ActionPlan::source)
                .containsExactly(
                        "Police and Crime Plan 2014-15 (West Midlands, varied plan), Appendix A",
                        "Police and Crime Plan 2014-15 (West Midlands, varied plan), Appendix B",
                        "Police and Crime Plan 2014-15 (West Midlands, varied plan), Appendix C",
                        "Police and Crime Plan 2014-15 (West Midlands, varied plan), Appendix D");
        assertThat(plans).allMatch(ActionPlan::example);
        assertThat(plans.stream().map(p -> actionPlans.items(p).size())).containsExactly(12, 7, 10, 16);
        ActionPlanItem peerReview = actionPlans.items(plans.get(3)).get(13);
        assertThat(peerReview.action()).startsWith("Peer Review:");
        assertThat(peerReview.lead()).isEqualTo("Chief Superintendent Burgess");
        assertThat(peerReview.timescale()).isEqualTo("Complete");
        assertThat(peerReview.progress()).startsWith("The training package has been positively reviewed");
    }

    /**
     * Every action, lead, timescale and progress of the example action plans is written in seed 000:
     * word for word, except the cells whose lines the text extraction interleaved with other columns
     * (rejoined in the example file), each of whose words must still be in the appendices.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theActionPlansAreSeed000sOwnWords() throws IOException {
        Path seed = SeedDocuments.folder().resolve("000_dd2e77f12f2cd0b6.txt");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        String appendices = text.substring(text.lastIndexOf("Appendix A - Action Plan"));
        String source = squash(appendices.replace("Critic al", "Critical"));
        java.util.Set<String> words =
                new java.util.HashSet<>(List.of(words(appendices.replace("Critic al", "Critical"))));
        Map<String, Object> file;
        try (InputStream input = getClass().getResourceAsStream("/board/examples/summit-action-plans.yaml")) {
            file = new Yaml().load(input);
        }
        List<String> rejoined = new ArrayList<>();
        List<String> notWritten = new ArrayList<>();
        int pieces = 0;
        for (Map<String, Object> plan : (List<Map<String, Object>>) file.get("plans")) {
            for (Map<String, Object> action : (List<Map<String, Object>>) plan.get("actions")) {
                for (String field : List.of("action", "lead", "timescale", "progress")) {
                    String value = (String) action.get(field);
                    for (String piece : value == null ? new String[0] : value.split("\n")) {
                        pieces++;
                        String cell = piece.replaceFirst("^- ", "");
                        if (!source.contains(squash(cell))) {
                            rejoined.add(cell);
                            for (String word : words(cell)) {
                                if (!words.contains(word)) {
                                    notWritten.add(plan.get("code") + " " + field + ": " + word);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(pieces).isGreaterThan(100);
        assertThat(notWritten)
                .as("words of the action plans not in seed 000's appendices")
                .isEmpty();
        assertThat(rejoined).as("cells rejoined from interleaved lines").hasSizeLessThanOrEqualTo(16);
    }

    private static String[] words(String text) {
        return text.toLowerCase(Locale.UK).replace('’', '\'').split("[^\\p{L}\\p{N}]+");
    }

    static final List<String> OBJECTIVES = List.of(
            "Improving public confidence in policing",
            "Creating stronger partnerships",
            "Developing greater local identity across the West Midlands",
            "Delivering better value for money",
            "Demonstrating the Force’s commitment to social responsibility",
            "Reduce crime and offending",
            "Better protecting people from harm",
            "Improving the service the public receive from the police",
            "Supporting stronger communities",
            "Ensure an effective contribution to national policing");

    static String squash(String text) {
        return text.toLowerCase(Locale.UK).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
