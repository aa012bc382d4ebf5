package org.oversight.updates;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccounts;
import org.oversight.updates.domain.CycleItem;
import org.oversight.updates.domain.Cycles;
import org.oversight.updates.domain.ReportingCycle;
import org.oversight.updates.domain.Requirement;
import org.oversight.updates.domain.UpdateWork;
import org.oversight.updates.reminders.Reminder;
import org.oversight.updates.reminders.Reminders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Reminders go by SMTP (an embedded GreenMail server) before the deadline, on it and after it,
 * escalating to the lead's manager; never twice, and never for what is not required, deferred,
 * submitted or complete. The runs are driven at chosen times, as the scheduler would run them.
 */
@SpringBootTest
@RecordApplicationEvents
class RemindersByEmailTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("oversight.updates.reminders.from", () -> "reminders@oversight.example.org");
    }

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate DEADLINE = LocalDate.of(2031, 3, 2);

    @Autowired
    Reminders reminders;

    @Autowired
    Cycles cycles;

    @Autowired
    UpdateWork work;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApplicationEvents events;

    CycleTestData data;
    String manager;
    String lead;
    ReportingCycle cycle;

    @BeforeEach
    void aCycleWhoseOnlyHeldLeadIsDirectorOfResources() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        data = new CycleTestData(cycles, accounts);
        String analyst = data.account(Role.ANALYST);
        manager = data.account(Role.ADMIN);
        lead = data.leadOfficer(manager, "Director of Resources");
        cycle = data.cycle(DEADLINE.plusYears(reminderYears++), analyst);
        asAnalyst(analyst, () -> {
            cycles.override(item("4.4-1").id(), Requirement.NOT_REQUIRED, "Reported at the last Board", null, analyst);
            cycles.override(item("4.4-5").id(), Requirement.DEFERRED, "To be included next quarter", null, analyst);
        });
        asLead(() -> {
            work.submit(item("4.4-2").id(), new UpdateWork.Draft("Submitted in time.", UpdateStatus.ON_TRACK, 0), lead);
            work.saveDraft(item("4.4-3").id(), new UpdateWork.Draft("Done.", UpdateStatus.COMPLETE, 0), lead);
        });
    }

    static int reminderYears = 0;

    /** Director of Resources leads 4.3-7, 4.4-1, 4.4-5, 4.4-2, 4.4-3, 4.4-7, 4.5-4 and 4.5-6. */
    static final List<String> CHASED = List.of("4.3-7", "4.4-7", "4.5-4", "4.5-6");

    @Test
    void remindersAreSentBeforeOnAndAfterTheDeadlineOnceEachAndEscalateToTheManager() throws Exception {
        LocalDate deadline = cycle.deadline();
        reminders.run(at(deadline.minusDays(8)));
        assertThat(ofThisCycle()).isEmpty();

        reminders.run(at(deadline.minusDays(7)));
        assertThat(subjectsTo(lead + "@example.org"))
                .hasSize(CHASED.size())
                .allMatch(subject -> subject.startsWith("Reminder: your update on "))
                .anyMatch(subject -> subject.contains("4.3-7 for " + cycle.name() + " is due by"));
        assertThat(subjectsTo(manager + "@example.org")).isEmpty();
        MimeMessage first = ofThisCycle().get(0);
        assertThat(first.getFrom()[0].toString()).isEqualTo("reminders@oversight.example.org");
        assertThat(first.getContent().toString()).contains("/my-updates/items/", "Deadline:");

        reminders.run(at(deadline.minusDays(6)));
        assertThat(ofThisCycle()).as("never sent twice").hasSize(CHASED.size());

        reminders.run(at(deadline));
        assertThat(subjectsTo(lead + "@example.org"))
                .filteredOn(s -> s.endsWith("is due today"))
                .hasSize(4);

        reminders.run(at(deadline.plusDays(7)));
        assertThat(subjectsTo(lead + "@example.org"))
                .filteredOn(s -> s.startsWith("Overdue: "))
                .hasSize(4);
        assertThat(subjectsTo(manager + "@example.org"))
                .hasSize(4)
                .allMatch(subject -> subject.startsWith("Escalation: the update on "));
        assertThat(subjectsTo(lead + "@example.org")).hasSize(12);
        assertThat(ofThisCycle().stream().map(message -> {
                    try {
                        return message.getSubject();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .as("nothing about what is not required, deferred, submitted or complete")
                .noneMatch(subject -> subject.matches(".*update on 4\\.4-[1235] .*"));

        for (String ref : List.of("4.4-1", "4.4-5", "4.4-2", "4.4-3")) {
            assertThat(reminders.forItem(item(ref).id()))
                    .as(ref + " is not chased")
                    .isEmpty();
        }
        assertThat(reminders.forItem(item("4.3-7").id()))
                .extracting(Reminder::delivery)
                .containsOnly(Reminder.Delivery.SENT);
        assertThat(events.stream(ReminderSent.class).filter(e -> e.cycle().equals(cycle.name())))
                .hasSizeGreaterThanOrEqualTo(16)
                .allMatch(e -> e.module().equals("updates") && e.by().equals("system"));
    }

    @Test
    void aLeadWithoutAnAccountIsRecordedAsNotDeliverable() {
        reminders.run(at(cycle.deadline()));
        assertThat(reminders.forItem(item("4.10-3").id())).singleElement().satisfies(reminder -> {
            assertThat(reminder.recipient()).isEqualTo("lead:DCC");
            assertThat(reminder.delivery()).isEqualTo(Reminder.Delivery.NO_ADDRESS);
        });
    }

    /** The messages about this test's cycle (other tests' cycles share the lead's name and the server). */
    private List<MimeMessage> ofThisCycle() {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(message -> {
                    try {
                        return message.getSubject().contains(cycle.name());
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private List<String> subjectsTo(String address) throws Exception {
        return ofThisCycle().stream()
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(to -> to.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .map(message -> {
                    try {
                        return message.getSubject();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private CycleItem item(String ref) {
        return data.item(cycle, ref);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(9, 0).atZone(LONDON).toInstant();
    }

    private void asLead(Runnable action) {
        as(lead, "ROLE_LEAD_OFFICER", action);
    }

    private static void asAnalyst(String analyst, Runnable action) {
        as(analyst, "ROLE_ANALYST", action);
    }

    private static void as(String name, String role, Runnable action) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                new UsernamePasswordAuthenticationToken(name, "n/a", List.of(new SimpleGrantedAuthority(role))));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
