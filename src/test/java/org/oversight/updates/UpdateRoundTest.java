package org.oversight.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccounts;
import org.oversight.updates.domain.CycleItem;
import org.oversight.updates.domain.Cycles;
import org.oversight.updates.domain.HistoryEntry;
import org.oversight.updates.domain.ReportingCycle;
import org.oversight.updates.domain.UpdateWork;
import org.oversight.updates.domain.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The round of an update through the pages: a lead officer sees what is due, saves a draft and
 * submits; the analyst returns it once and accepts it the second time; the history keeps every
 * submission, return and acceptance but no draft; every step publishes its audited event.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class UpdateRoundTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Cycles cycles;

    @Autowired
    UpdateWork work;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApplicationEvents events;

    CycleTestData data;
    String analyst;
    String lead;
    ReportingCycle cycle;
    CycleItem stopAndSearch;

    @BeforeEach
    void aCycleWithALeadForAcc() {
        data = new CycleTestData(cycles, accounts);
        analyst = data.account(Role.ANALYST);
        lead = data.leadOfficer(null, "ACC Operations");
        cycle = data.cycle(LocalDate.now().plusDays(30), analyst);
        stopAndSearch = data.item(cycle, "4.1-5");
    }

    RequestPostProcessor asLead() {
        return user(lead).roles("LEAD_OFFICER");
    }

    RequestPostProcessor asAnalyst() {
        return user(analyst).roles("ANALYST");
    }

    @Test
    void theLeadSubmitsTheAnalystReturnsItOnceAndAcceptsItTheSecondTime() throws Exception {
        String mine = mvc.perform(get("/my-updates").with(asLead()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(mine).contains("/my-updates/items/" + stopAndSearch.id(), cycle.name());

        send("draft", "Eleven of the sixteen elements are delivered.", "on-track", 0)
                .andExpect(redirectedUrl("/my-updates/items/" + stopAndSearch.id()));
        assertThat(current().workflow()).isEqualTo(Workflow.DRAFT);
        send("submit", "Eleven of the sixteen elements are delivered.\n\n- governance\n- training", "on-track", 1)
                .andExpect(redirectedUrl("/my-updates"));
        assertThat(current().workflow()).isEqualTo(Workflow.SUBMITTED);

        mvc.perform(post("/cycles/{c}/items/{i}/return", cycle.id(), stopAndSearch.id())
                        .with(asAnalyst())
                        .with(csrf())
                        .param("lock", "2")
                        .param("comment", "Add the headline data: searches per month and arrest rate."))
                .andExpect(redirectedUrl("/cycles/" + cycle.id() + "/items/" + stopAndSearch.id()));
        assertThat(current().workflow()).isEqualTo(Workflow.RETURNED);
        assertThat(mvc.perform(get("/my-updates/items/{i}", stopAndSearch.id()).with(asLead()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("The analyst returned your update", "Add the headline data");

        send("submit", "Currently 1200 searches a month with a positive outcome rate of 21%.", "at-risk", 3)
                .andExpect(redirectedUrl("/my-updates"));
        mvc.perform(post("/cycles/{c}/items/{i}/accept", cycle.id(), stopAndSearch.id())
                        .with(asAnalyst())
                        .with(csrf())
                        .param("lock", "4"))
                .andExpect(redirectedUrl("/cycles/" + cycle.id() + "/items/" + stopAndSearch.id()));

        CycleItem accepted = current();
        assertThat(accepted.workflow()).isEqualTo(Workflow.ACCEPTED);
        assertThat(accepted.status()).isEqualTo(UpdateStatus.AT_RISK);
        assertThat(work.history(stopAndSearch.id()))
                .extracting(HistoryEntry::happened, HistoryEntry::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(HistoryEntry.Happened.SUBMITTED, lead),
                        org.assertj.core.groups.Tuple.tuple(HistoryEntry.Happened.RETURNED, analyst),
                        org.assertj.core.groups.Tuple.tuple(HistoryEntry.Happened.SUBMITTED, lead),
                        org.assertj.core.groups.Tuple.tuple(HistoryEntry.Happened.ACCEPTED, analyst));
        assertThat(work.history(stopAndSearch.id()).get(0).narrative()).contains("- governance");

        assertThat(events.stream(UpdateDraftSaved.class))
                .extracting(UpdateDraftSaved::ref)
                .contains("4.1-5");
        assertThat(events.stream(UpdateSubmitted.class).filter(e -> e.cycle().equals(cycle.name())))
                .hasSize(2);
        assertThat(events.stream(UpdateReturned.class).filter(e -> e.cycle().equals(cycle.name())))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.by()).isEqualTo(analyst);
                    assertThat(e.module()).isEqualTo("updates");
                    assertThat(e.after()).contains("headline data");
                });
        assertThat(events.stream(UpdateAccepted.class).filter(e -> e.cycle().equals(cycle.name())))
                .singleElement()
                .satisfies(e -> assertThat(e.objectId()).isEqualTo(PLAN_CYCLE() + "/4.1-5"));

        String board = mvc.perform(get("/cycles/{c}/items/{i}", cycle.id(), stopAndSearch.id())
                        .with(user(data.account(Role.BOARD_MEMBER)).roles("BOARD_MEMBER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(board).contains("positive outcome rate of 21%", "At risk", "Returned", "Accepted");
    }

    private String PLAN_CYCLE() {
        return CycleTestData.PLAN + "/" + cycle.name();
    }

    @Test
    void aDraftIsNotShownToTheBoardOrKeptInTheHistory() throws Exception {
        send("draft", "Not ready for anyone's eyes.", null, 0);
        assertThat(work.history(stopAndSearch.id())).isEmpty();
        assertThat(mvc.perform(get("/cycles/{c}/items/{i}", cycle.id(), stopAndSearch.id())
                                .with(asAnalyst()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Not ready for anyone")
                .contains("Nothing has been submitted");
    }

    @Test
    void submittingNeedsANarrativeAndAStatus() throws Exception {
        assertThat(send("submit", "", "on-track", 0)
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Write the update before submitting it");
        assertThat(send("submit", "Some progress.", null, 0)
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Choose a status before submitting the update");
        assertThat(current().workflow()).isEqualTo(Workflow.NOT_STARTED);
    }

    @Test
    void aSaveFromAStalePageIsRefusedAndNothingIsLost() throws Exception {
        send("draft", "First tab.", null, 0);
        assertThat(send("draft", "Second tab, out of date.", null, 0)
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("changed by someone else");
        assertThat(current().narrative()).isEqualTo("First tab.");
    }

    @Test
    void aLeadOfficerCannotSeeOrChangeAnotherLeadsUpdate() throws Exception {
        CycleItem crime = data.item(cycle, "4.2-3");
        mvc.perform(get("/my-updates/items/{i}", crime.id()).with(asLead())).andExpect(status().isNotFound());
        mvc.perform(post("/my-updates/items/{i}", crime.id())
                        .with(asLead())
                        .with(csrf())
                        .param("narrative", "Not mine")
                        .param("action", "submit")
                        .param("status", "on-track")
                        .param("lock", "0"))
                .andExpect(status().isNotFound());
        assertThat(data.item(cycle, "4.2-3").narrative()).isNull();
        assertThat(mvc.perform(get("/my-updates").with(asLead()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("/my-updates/items/" + crime.id() + "\"");
    }

    @Test
    void methodSecurityRefusesAWriteByAnyoneWhoDoesNotLeadTheCommitment() {
        CycleItem crime = data.item(cycle, "4.2-3");
        assertThatThrownBy(() ->
                        asUser(lead, () -> work.saveDraft(crime.id(), new UpdateWork.Draft("Not mine", null, 0), lead)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asUser(
                        analyst,
                        () -> work.saveDraft(
                                stopAndSearch.id(),
                                new UpdateWork.Draft("Analysts do not write updates", null, 0),
                                analyst)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "LEAD_OFFICER")
    void aLeadOfficerCannotReviewEvenTheirOwnUpdate() {
        assertThatThrownBy(() -> work.accept(stopAndSearch.id(), 0, "someone"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDeputyWritesTheLeadsUpdatesOfThatCycleOnly() throws Exception {
        String deputy = data.leadOfficer(null, "DCC");
        ReportingCycle other = data.cycle(LocalDate.now().plusDays(60), analyst);
        mvc.perform(post("/cycles/{c}/delegations", cycle.id())
                        .with(asAnalyst())
                        .with(csrf())
                        .param("lead", "ACC Operations")
                        .param("deputy", deputy))
                .andExpect(redirectedUrl("/cycles/" + cycle.id() + "/delegations"));
        assertThat(events.stream(LeadDelegated.class))
                .extracting(LeadDelegated::deputy)
                .contains(deputy);

        mvc.perform(get("/my-updates/items/{i}", stopAndSearch.id())
                        .with(user(deputy).roles("LEAD_OFFICER")))
                .andExpect(status().isOk());
        mvc.perform(get("/my-updates/items/{i}", data.item(other, "4.1-5").id())
                        .with(user(deputy).roles("LEAD_OFFICER")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/my-updates/items/{i}", stopAndSearch.id()).with(asLead()))
                .andExpect(status().isOk());
    }

    @Test
    void onlyALeadOfficerCanDeputise() throws Exception {
        String board = data.account(Role.BOARD_MEMBER);
        assertThat(mvc.perform(post("/cycles/{c}/delegations", cycle.id())
                                .with(asAnalyst())
                                .with(csrf())
                                .param("lead", "ACC Operations")
                                .param("deputy", board))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("is not an enabled lead officer");
    }

    @Test
    void anAnalystOverridesARequirementWithAReasonAndTheWorkedOutOneIsKept() throws Exception {
        CycleItem confidence = data.item(cycle, "4.1-1");
        assertThat(confidence.requirement().code()).isEqualTo("not-required");
        assertThat(mvc.perform(post("/cycles/{c}/items/{i}/requirement", cycle.id(), confidence.id())
                                .with(asAnalyst())
                                .with(csrf())
                                .param("requirement", "due")
                                .param("reason", ""))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Say why the requirement is changed");
        mvc.perform(post("/cycles/{c}/items/{i}/requirement", cycle.id(), confidence.id())
                        .with(asAnalyst())
                        .with(csrf())
                        .param("requirement", "due")
                        .param("reason", "The Board asked for the new survey wave."))
                .andExpect(redirectedUrl("/cycles/" + cycle.id() + "/items/" + confidence.id()));
        CycleItem overridden = data.item(cycle, "4.1-1");
        assertThat(overridden.requirement().code()).isEqualTo("due");
        assertThat(overridden.requirementReason()).isEqualTo("The Board asked for the new survey wave.");
        assertThat(overridden.computedRequirement().code()).isEqualTo("not-required");
        assertThat(overridden.overriddenBy()).isEqualTo(analyst);
        assertThat(events.stream(RequirementOverridden.class)
                        .filter(e -> e.cycle().equals(cycle.name())))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.before()).startsWith("not-required: 6 monthly");
                    assertThat(e.after()).isEqualTo("due: The Board asked for the new survey wave.");
                });
    }

    @Test
    void aBoardMemberReadsTheCycleButCannotReviewOrOverride() throws Exception {
        RequestPostProcessor board = user(data.account(Role.BOARD_MEMBER)).roles("BOARD_MEMBER");
        mvc.perform(get("/cycles/{c}", cycle.id()).with(board)).andExpect(status().isOk());
        mvc.perform(get("/cycles/{c}/dashboard", cycle.id()).with(board)).andExpect(status().isOk());
        mvc.perform(post("/cycles/{c}/items/{i}/accept", cycle.id(), stopAndSearch.id())
                        .with(board)
                        .with(csrf())
                        .param("lock", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cycles/{c}/items/{i}/requirement", cycle.id(), stopAndSearch.id())
                        .with(board)
                        .with(csrf())
                        .param("requirement", "not-required")
                        .param("reason", "no"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cycles/new").with(board)).andExpect(status().isForbidden());
        mvc.perform(get("/my-updates").with(board)).andExpect(status().isForbidden());
    }

    @Test
    void theDashboardCountsSubmittedUpdatesByObjectiveAndByLeadAndExportsThem() throws Exception {
        send("submit", "Done.", "complete", 0);
        String csv = mvc.perform(get("/cycles/{c}/dashboard.csv", cycle.id()).with(asAnalyst()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv).startsWith("group,name,due,submitted,percent_submitted,overdue\r\n");
        // ACC Operations leads 4.1-5, 4.1-6, 4.8-5, 4.8-6 and 4.9-2; one is submitted: 1 of 5 is 20%.
        assertThat(csv).contains("lead,ACC Operations,5,1,20,0\r\n");
        assertThat(csv).contains("objective,4.1 Improving public confidence in policing,4,1,25,0\r\n");
    }

    private org.springframework.test.web.servlet.ResultActions send(
            String action, String narrative, String status, int lock) throws Exception {
        var request = post("/my-updates/items/{i}", stopAndSearch.id())
                .with(asLead())
                .with(csrf())
                .param("action", action)
                .param("narrative", narrative)
                .param("lock", String.valueOf(lock));
        if (status != null) {
            request.param("status", status);
        }
        return mvc.perform(request);
    }

    private CycleItem current() {
        return cycles.findItem(stopAndSearch.id()).orElseThrow();
    }

    private static void asUser(String name, Runnable action) {
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                name,
                "n/a",
                java.util.List.of(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_LEAD_OFFICER"))));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
