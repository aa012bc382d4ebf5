package org.oversight.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccounts;
import org.oversight.board.meeting.Meeting;
import org.oversight.board.meeting.Meetings;
import org.oversight.board.prompt.PromptState;
import org.oversight.board.prompt.Prompts;
import org.oversight.board.prompt.ScrutinyPrompt;
import org.oversight.board.report.BoardReports;
import org.oversight.board.tracker.Actions;
import org.oversight.board.tracker.Question;
import org.oversight.board.tracker.Questions;
import org.oversight.board.tracker.SubjectKind;
import org.oversight.updates.CycleTestData;
import org.oversight.updates.domain.Cycles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The Board's pages for each role (ADR 0004, 0021): board members read meetings and reports, raise
 * questions and decide prompts; lead officers answer the questions on what they lead and see no
 * other Board page; analysts create meetings, edit, freeze and reissue reports and keep the tracker
 * and the action plans. Every change is an audited event.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class BoardPagesTest {

    static final String PLAN = "wm-police-and-crime-plan";

    @Autowired
    MockMvc mvc;

    @Autowired
    Meetings meetings;

    @Autowired
    BoardReports reports;

    @Autowired
    Questions questions;

    @Autowired
    Actions actions;

    @Autowired
    Prompts prompts;

    @Autowired
    Cycles cycles;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApplicationEvents events;

    CycleTestData data() {
        return new CycleTestData(cycles, accounts);
    }

    static RequestPostProcessor as(String name, Role role) {
        return user(name).roles(role.name());
    }

    Meeting example() {
        return meetings.find(PLAN, LocalDate.of(2014, 12, 2)).orElseThrow();
    }

    Meeting meetingOn(LocalDate day) {
        return meetings.create(
                new Meetings.CreateMeeting(
                        PLAN, "2014-15", day, "Strategic Policing and Crime Board", null, null, null),
                false,
                "test-analyst");
    }

    @Test
    void boardMembersReadMeetingsReportsAndActionPlansButChangeNoReport() throws Exception {
        var member = as("bea", Role.BOARD_MEMBER);
        long id = example().id();

        mvc.perform(get("/board").with(member))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "2 December 2014: Strategic Policing and Crime Board")));
        mvc.perform(get("/board/meetings/" + id).with(member))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Read the report (version 1")));
        mvc.perform(get("/board/meetings/" + id + "/report").with(member))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Increase confidence in policing")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Summary of exceptions")));
        mvc.perform(get("/board/meetings/" + id + "/report.pdf").with(member))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
        mvc.perform(get("/board/meetings/" + id + "/report.docx").with(member)).andExpect(status().isOk());
        mvc.perform(get("/board/action-plans").with(member)).andExpect(status().isOk());
        mvc.perform(get("/board/action-plans/stop-and-search-summit-2013").with(member))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Chief Superintendent Burgess")));

        mvc.perform(get("/board/meetings/new").with(member)).andExpect(status().isForbidden());
        mvc.perform(post("/board/meetings/" + id + "/report/draft").with(member).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/board/meetings/" + id + "/report/freeze")
                        .with(member)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/board/meetings/" + id + "/report/sections/executive-summary")
                        .with(member))
                .andExpect(status().isForbidden());
        mvc.perform(get("/board/meetings/" + id + "/actions/new").with(member)).andExpect(status().isForbidden());
        mvc.perform(get("/board/action-plans/stop-and-search-summit-2013/actions/1")
                        .with(member))
                .andExpect(status().isForbidden());
        mvc.perform(get("/board/questions").with(member)).andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndLeadOfficersSeeOnlyTheirQuestions() throws Exception {
        mvc.perform(get("/board")).andExpect(redirectedUrlPattern("**/sign-in"));
        mvc.perform(get("/board/action-plans")).andExpect(redirectedUrlPattern("**/sign-in"));
        var lead = as("leo", Role.LEAD_OFFICER);
        mvc.perform(get("/board").with(lead)).andExpect(status().isForbidden());
        mvc.perform(get("/board/meetings/" + example().id()).with(lead)).andExpect(status().isForbidden());
        mvc.perform(get("/board/action-plans").with(lead)).andExpect(status().isForbidden());
    }

    @Test
    void aMembersQuestionIsAnsweredByItsLeadOnlyAndTheAnswerReachesTheNextReport() throws Exception {
        CycleTestData data = data();
        String member = data.account(Role.BOARD_MEMBER);
        String lead = data.leadOfficer(null, "ACC Crime");
        String otherLead = data.leadOfficer(null, "Director of Resources");
        Meeting first = meetingOn(LocalDate.of(2016, 1, 12));

        mvc.perform(post("/board/meetings/" + first.id() + "/questions/new")
                        .with(as(member, Role.BOARD_MEMBER))
                        .with(csrf())
                        .param("subject", "report")
                        .param("text", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter the question or challenge")));
        mvc.perform(post("/board/meetings/" + first.id() + "/questions/new")
                        .with(as(member, Role.BOARD_MEMBER))
                        .with(csrf())
                        .param("subject", "commitment:4.2-3")
                        .param("text", "What has the regional organised crime unit achieved?"))
                .andExpect(status().is3xxRedirection());
        Question question = questions.ofMeeting(first.id()).get(0);
        assertThat(question.subjectKind()).isEqualTo(SubjectKind.COMMITMENT);
        assertThat(question.leadNames()).containsExactly("ACC Crime");

        mvc.perform(get("/board/questions/" + question.id() + "/answer").with(as(otherLead, Role.LEAD_OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/board/questions/" + question.id() + "/answer")
                        .with(as(otherLead, Role.LEAD_OFFICER))
                        .with(csrf())
                        .param("answer", "Not mine"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/board/questions").with(as(lead, Role.LEAD_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("regional organised crime unit")));
        mvc.perform(post("/board/questions/" + question.id() + "/answer")
                        .with(as(lead, Role.LEAD_OFFICER))
                        .with(csrf())
                        .param("answer", "Forty organised crime groups disrupted."))
                .andExpect(status().is3xxRedirection());

        Meeting next = meetingOn(LocalDate.of(2016, 3, 8));
        var draft = reports.draft(next, "test-analyst");
        String questionsSection =
                draft.document().section("questions").orElseThrow().toString();
        assertThat(questionsSection)
                .contains(
                        "What has the regional organised crime unit achieved?",
                        "Forty organised crime groups disrupted.");
        assertThat(events.stream(QuestionRaised.class)).anyMatch(e -> e.by().equals(member));
        assertThat(events.stream(QuestionAnswered.class)).anyMatch(e -> e.by().equals(lead));
    }

    @Test
    void analystsDraftEditFreezeAndReissueTheReportFromThePages() throws Exception {
        var analyst = as("test-analyst", Role.ANALYST);
        mvc.perform(post("/board/meetings/new")
                        .with(analyst)
                        .with(csrf())
                        .param("planVersion", PLAN + "|2014-15")
                        .param("meetingOn", "not a date")
                        .param("name", "Board"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Enter the meeting&#39;s date as a date")));
        mvc.perform(post("/board/meetings/new")
                        .with(analyst)
                        .with(csrf())
                        .param("planVersion", PLAN + "|2014-15")
                        .param("meetingOn", "2016-06-07")
                        .param("name", "Strategic Policing and Crime Board")
                        .param("cycleName", "December 2014 Board")
                        .param("agenda", "Item 5: performance")
                        .param("membersPresent", "Chair\nMember"))
                .andExpect(status().is3xxRedirection());
        Meeting meeting = meetings.find(PLAN, LocalDate.of(2016, 6, 7)).orElseThrow();
        String page = "/board/meetings/" + meeting.id();

        mvc.perform(post(page + "/report/draft").with(analyst).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(page + "/report/sections/executive-summary").with(analyst))
                .andExpect(status().isOk());
        mvc.perform(post(page + "/report/sections/executive-summary")
                        .with(analyst)
                        .with(csrf())
                        .param("text", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter the text of the section")));
        mvc.perform(post(page + "/report/sections/executive-summary")
                        .with(analyst)
                        .with(csrf())
                        .param("text", "A quiet quarter."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page + "/report/sections/milestones").with(analyst)).andExpect(status().isNotFound());
        mvc.perform(post(page + "/report/freeze").with(analyst).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(reports.latest(meeting).orElseThrow().isDraft()).isFalse();
        assertThat(reports.latest(meeting)
                        .orElseThrow()
                        .document()
                        .section("executive-summary")
                        .orElseThrow()
                        .toString())
                .contains("A quiet quarter.");

        mvc.perform(post(page + "/report/new-version")
                        .with(analyst)
                        .with(csrf())
                        .param("note", ""))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Say what the new version changes and why")));
        mvc.perform(post(page + "/report/new-version")
                        .with(analyst)
                        .with(csrf())
                        .param("note", "Late update added"))
                .andExpect(status().is3xxRedirection());
        assertThat(reports.versions(meeting)).hasSize(2);
        mvc.perform(get(page).with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Late update added")));
        mvc.perform(get(page + "/report").with(analyst).param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Version 1 of 2")));
        mvc.perform(get(page + "/report").with(analyst).param("version", "9")).andExpect(status().isNotFound());
        mvc.perform(get("/board/meetings/999999").with(analyst)).andExpect(status().isNotFound());
    }

    @Test
    void theTrackerCarriesAnActionToLaterMeetingsAndFlagsItOverdue() throws Exception {
        var analyst = as("test-analyst", Role.ANALYST);
        Meeting first = meetingOn(LocalDate.of(2017, 1, 10));
        Meeting later = meetingOn(LocalDate.of(2017, 3, 14));

        mvc.perform(post("/board/meetings/" + first.id() + "/actions/new")
                        .with(analyst)
                        .with(csrf())
                        .param("text", "Report on hate crime reporting")
                        .param("owner", "ACC Local Policing")
                        .param("dueOn", "2017-01-01"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "The action is due before the meeting that sets it")));
        mvc.perform(post("/board/meetings/" + first.id() + "/actions/new")
                        .with(analyst)
                        .with(csrf())
                        .param("text", "Report on hate crime reporting")
                        .param("owner", "ACC Local Policing")
                        .param("dueOn", "2017-02-28"))
                .andExpect(status().is3xxRedirection());

        var tracked = actions.tracker(later, later.meetingOn());
        assertThat(tracked).singleElement().satisfies(t -> {
            assertThat(t.action().text()).isEqualTo("Report on hate crime reporting");
            assertThat(t.overdue()).isTrue();
        });
        assertThat(reports.draft(later, "test-analyst")
                        .document()
                        .section("actions")
                        .orElseThrow()
                        .toString())
                .contains("Report on hate crime reporting", "Open — overdue");
        long actionId = tracked.get(0).action().id();
        mvc.perform(get("/board/actions/" + actionId).with(as("bea", Role.BOARD_MEMBER)))
                .andExpect(status().isOk());
        mvc.perform(post("/board/actions/" + actionId)
                        .with(as("bea", Role.BOARD_MEMBER))
                        .with(csrf())
                        .param("note", "x")
                        .param("status", "done"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/board/actions/" + actionId)
                        .with(analyst)
                        .with(csrf())
                        .param("note", "Reported in March")
                        .param("status", "done"))
                .andExpect(status().is3xxRedirection());
        assertThat(actions.find(actionId).orElseThrow().status())
                .isEqualTo(org.oversight.board.tracker.ActionStatus.DONE);
        assertThat(actions.notes(actionId)).extracting(n -> n.note()).containsExactly("Reported in March");
        assertThat(events.stream(ActionSet.class)).anyMatch(e -> e.owner().equals("ACC Local Policing"));
        assertThat(events.stream(ActionProgressed.class))
                .anyMatch(e -> e.status().equals("done"));
    }

    @Test
    void aMemberAdoptsAPromptInTheirOwnWordsAsAQuestionOrDismissesIt() throws Exception {
        Meeting meeting = meetingOn(LocalDate.of(2018, 2, 6));
        var member = as("bea", Role.BOARD_MEMBER);
        prompts.sync(
                meeting,
                java.util.List.of(
                        new org.oversight.board.prompt.Proposal(
                                "overdue:4.3-2",
                                "Update overdue",
                                SubjectKind.COMMITMENT,
                                "4.3-2",
                                "Support the boards",
                                java.util.List.of("PCC"),
                                "Due by 24 November 2014",
                                "When will the Board have it?"),
                        new org.oversight.board.prompt.Proposal(
                                "overdue:4.3-3",
                                "Update overdue",
                                SubjectKind.COMMITMENT,
                                "4.3-3",
                                "Work with the boards",
                                java.util.List.of("PCC"),
                                "Due by 24 November 2014",
                                "When?")));
        ScrutinyPrompt first = prompts.ofMeeting(meeting.id()).get(0);
        ScrutinyPrompt second = prompts.ofMeeting(meeting.id()).get(1);

        mvc.perform(get("/board/meetings/" + meeting.id() + "/prompts/" + first.id())
                        .with(member))
                .andExpect(status().isOk());
        mvc.perform(post("/board/meetings/" + meeting.id() + "/prompts/" + first.id() + "/adopt")
                        .with(member)
                        .with(csrf())
                        .param("text", "Why is the boards' update late?"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/board/meetings/" + meeting.id() + "/prompts/" + second.id() + "/dismiss")
                        .with(member)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/board/meetings/" + meeting.id() + "/prompts/" + second.id() + "/adopt")
                        .with(member)
                        .with(csrf())
                        .param("text", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("It has already been dismissed")));

        assertThat(prompts.ofMeeting(meeting.id()))
                .extracting(ScrutinyPrompt::state)
                .containsExactly(PromptState.ADOPTED, PromptState.DISMISSED);
        assertThat(questions.ofMeeting(meeting.id())).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Why is the boards' update late?");
            assertThat(q.leadNames()).containsExactly("PCC");
        });
        assertThat(prompts.decisions(meeting.id())).containsEntry("overdue:4.3-3", null);
        assertThat(events.stream(ScrutinyPromptDecided.class).map(ScrutinyPromptDecided::decision))
                .contains("adopted with changes", "dismissed");
    }

    @Test
    void analystsRecordTheAgendaAndMembersPresentAfterTheMeeting() throws Exception {
        Meeting meeting = meetingOn(LocalDate.of(2019, 4, 2));
        String edit = "/board/meetings/" + meeting.id() + "/edit";

        mvc.perform(get(edit).with(as("bea", Role.BOARD_MEMBER))).andExpect(status().isForbidden());
        mvc.perform(get(edit).with(as("test-analyst", Role.ANALYST))).andExpect(status().isOk());
        mvc.perform(post(edit)
                        .with(as("test-analyst", Role.ANALYST))
                        .with(csrf())
                        .param("agenda", "Item 1: minutes\r\n\r\nItem 2: performance")
                        .param("membersPresent", "Police and Crime Commissioner\nDeputy Commissioner"))
                .andExpect(status().is3xxRedirection());

        Meeting saved = meetings.find(meeting.id()).orElseThrow();
        assertThat(saved.agendaItems()).containsExactly("Item 1: minutes", "Item 2: performance");
        assertThat(saved.members()).containsExactly("Police and Crime Commissioner", "Deputy Commissioner");
        assertThat(events.stream(MeetingEdited.class))
                .anyMatch(e ->
                        e.after().contains("Deputy Commissioner") && e.before().contains("members []"));
    }

    @Test
    void analystsRecordProgressOnASummitsAction() throws Exception {
        var analyst = as("test-analyst", Role.ANALYST);
        String action = "/board/action-plans/cse-action-plan-2014/actions/2";
        mvc.perform(get(action).with(analyst)).andExpect(status().isOk());
        mvc.perform(post(action).with(analyst).with(csrf()).param("progress", "x".repeat(4001)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("At most 4,000 characters")));
        mvc.perform(post(action)
                        .with(analyst)
                        .with(csrf())
                        .param("progress", "Strategy agreed by the seven authorities."))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(ActionPlanItemUpdated.class))
                .anyMatch(e -> e.plan().equals("cse-action-plan-2014"));
        mvc.perform(get("/board/action-plans/no-such-plan").with(analyst)).andExpect(status().isNotFound());
    }
}
