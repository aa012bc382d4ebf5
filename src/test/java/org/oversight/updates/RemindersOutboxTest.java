package org.oversight.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccounts;
import org.oversight.updates.domain.Cycles;
import org.oversight.updates.domain.ReportingCycle;
import org.oversight.updates.reminders.Reminder;
import org.oversight.updates.reminders.Reminders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

/** With no mail server configured, reminders are kept in the outbox, listed on its page and logged. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class RemindersOutboxTest {

    @Autowired
    Reminders reminders;

    @Autowired
    Cycles cycles;

    @Autowired
    UserAccounts accounts;

    @Autowired
    MockMvc mvc;

    @Test
    void withoutAMailServerRemindersAreListedInTheOutboxAndLogged(CapturedOutput output) throws Exception {
        CycleTestData data = new CycleTestData(cycles, accounts);
        String analyst = data.account(Role.ANALYST);
        String lead = data.leadOfficer(null, "ACC Beale");
        ReportingCycle cycle = data.cycle(LocalDate.of(2040, 6, 1), analyst);
        assertThat(reminders.mailConfigured()).isFalse();

        reminders.run(LocalDate.of(2040, 6, 1)
                .atTime(9, 0)
                .atZone(ZoneId.of("Europe/London"))
                .toInstant());

        long item = data.item(cycle, "4.2-7").id();
        assertThat(reminders.forItem(item)).singleElement().satisfies(reminder -> {
            assertThat(reminder.recipient()).isEqualTo(lead + "@example.org");
            assertThat(reminder.delivery()).isEqualTo(Reminder.Delivery.OUTBOX);
            assertThat(reminder.subject()).endsWith("is due today");
        });
        assertThat(output.getOut()).contains("event=reminder_outbox item=" + item);

        String page = mvc.perform(get("/reminders").with(user(analyst).roles("ANALYST")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("No mail server is configured", lead + "@example.org")
                .contains("Reminder: your update on 4.2-7 for " + cycle.name() + " is due today")
                .contains("In the outbox (no mail server configured)");
    }
}
