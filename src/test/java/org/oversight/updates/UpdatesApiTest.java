package org.oversight.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/** The December 2014 example cycle as other modules read it: each item's state on a day, accepted updates only. */
@SpringBootTest
@AutoConfigureMockMvc
class UpdatesApiTest {

    @Autowired
    UpdatesApi updates;

    Map<String, CycleReport.Item> items(LocalDate day) {
        return updates.cycle("wm-police-and-crime-plan", "December 2014 Board", day).orElseThrow().items().stream()
                .collect(Collectors.toMap(CycleReport.Item::ref, Function.identity()));
    }

    @Test
    void anUpdateNotReceivedIsDueUntilTheDeadlineAndOverdueAfterIt() {
        assertThat(items(LocalDate.of(2014, 11, 24)).get("4.3-2").state()).isEqualTo(UpdateState.DUE);
        assertThat(items(LocalDate.of(2014, 12, 2)).get("4.3-2").state()).isEqualTo(UpdateState.OVERDUE);
        assertThat(items(LocalDate.of(2014, 12, 2)).get("4.3-2").requirementReason())
                .isEqualTo("Required: WMOPC to update in December 2014");
    }

    @Test
    void anAcceptedUpdateCarriesItsNarrativeAndTheLeadLineAsReported() {
        CycleReport.Item confidence = items(LocalDate.of(2014, 12, 2)).get("4.1-1");

        assertThat(confidence.state()).isEqualTo(UpdateState.ACCEPTED);
        assertThat(confidence.narrative()).startsWith("The latest wave from the Feeling the Difference");
        assertThat(confidence.reportedLeadLine()).isEqualTo("Lead ACC Local Policing – 6 monthly");
        assertThat(confidence.leads()).containsExactly("ACC Local Policing");
        assertThat(confidence.cadence()).isEqualTo("6 monthly");
    }

    @Test
    void aPlanWithoutTheCycleHasNone() {
        assertThat(updates.cycle("wm-police-and-crime-plan", "No such cycle", LocalDate.of(2014, 12, 2)))
                .isEmpty();
        assertThat(updates.cycleNames("wm-police-and-crime-plan")).contains("December 2014 Board");
    }
}
