package org.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The audit pages and API: admins only, filters, an entry's before and after, CSV, and the chain's check. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditPagesTest {

    static final RequestPostProcessor ADMIN = user("ada").roles("ADMIN");
    static final String PASSWORD = "a long enough password";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditTrail trail;

    @Autowired
    UserAccounts accounts;

    String prefix;

    @BeforeEach
    void entriesOfThisTestsOwn() {
        prefix = "page-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 30; i++) {
            events.publishEvent(new TestChange(prefix + "-" + i));
        }
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long sequenceOf(String objectId) {
        return trail.page(new AuditFilter(null, null, "\"" + objectId + "\"", null, null), 1, 1, false)
                .entries()
                .get(0)
                .sequence();
    }

    @Test
    void onlyAdminsMaySeeTheTrail() throws Exception {
        mvc.perform(get("/audit")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/sign-in"));
        mvc.perform(get("/audit").with(user("ana").roles("ANALYST"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/export.csv").with(user("ana").roles("ANALYST"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/verification").with(user("ana").roles("ANALYST")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
        mvc.perform(get("/").with(ADMIN)).andExpect(status().isOk());
        assertThat(page("/")).contains("href=\"/audit\">Audit trail</a>");
        assertThat(mvc.perform(get("/").with(user("ana").roles("ANALYST")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("href=\"/audit\"");
    }

    @Test
    void entriesAreListedNewestFirstTwentyFiveAPage() throws Exception {
        String html = page("/audit?object=" + prefix);

        assertThat(html).contains("Showing 1 to 25 of 30 entries");
        assertThat(html.indexOf(prefix + "-30<")).isLessThan(html.indexOf(prefix + "-29<"));
        assertThat(html).doesNotContain(prefix + "-5<");
        assertThat(html).contains("href=\"/audit?object=" + prefix + "&amp;page=2\"");
        String second = page("/audit?object=" + prefix + "&page=2");
        assertThat(second).contains("Showing 26 to 30 of 30 entries").contains(prefix + "-1<");
        assertThat(page("/audit?object=" + prefix + "&page=9")).contains("Showing 26 to 30 of 30 entries");
    }

    @Test
    void entriesAreFilteredByUserModuleObjectAndDays() throws Exception {
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        String yesterday =
                LocalDate.now(ZoneId.of("Europe/London")).minusDays(1).toString();

        assertThat(page("/audit?user=TESTER&module=test&object=" + prefix + "-7&from=" + today + "&to=" + today))
                .contains("Showing 1 to 1 of 1 entry")
                .contains("Test change to " + prefix + "-7");
        assertThat(page("/audit?user=someone-else&object=" + prefix)).contains("No entries match the filter.");
        assertThat(page("/audit?module=plan&object=" + prefix)).contains("No entries match the filter.");
        assertThat(page("/audit?object=" + prefix + "&to=" + yesterday)).contains("No entries match the filter.");
        assertThat(page("/audit?object=" + prefix + "%"))
                .as("wildcards are plain text")
                .contains("No entries match");
        assertThat(page("/audit")).contains("<option value=\"test\">test</option>");
    }

    @Test
    void aDayThatCannotBeReadIsSaidBesideItsField() throws Exception {
        String html = page("/audit?object=" + prefix + "&from=31/2/2026");

        assertThat(html)
                .contains("<title>Error: Audit trail")
                .contains("<a href=\"#from\">From must be a real date, such as 1/12/2026<")
                .contains("Until the days are put right, entries of every day are shown.")
                .contains("aria-describedby=\"from-hint from-error\"")
                .contains("Showing 1 to 25 of 30 entries");
    }

    @Test
    void anEntryShowsWhoWhenWhereAndItsBeforeAndAfterSideBySide() throws Exception {
        long sequence = sequenceOf(prefix + "-3");

        String html = page("/audit/entries/" + sequence);

        assertThat(html)
                .contains("<title>Audit entry " + sequence + " – Oversight</title>")
                .contains("Test change to " + prefix + "-3")
                .contains("tester")
                .contains("127.0.0.1")
                .contains("<span class=\"govuk-visually-hidden\">Removed: </span><span>  &quot;n&quot; : 1</span>")
                .contains("<span class=\"govuk-visually-hidden\">Added: </span><span>  &quot;n&quot; : 2</span>")
                .contains(trail.entry(sequence).orElseThrow().hash());
    }

    @Test
    void anEntryLinksToEveryEntryAboutExactlyItsObject() throws Exception {
        String html = page("/audit/entries/" + sequenceOf(prefix + "-1"));
        assertThat(html).contains("href=\"/audit?object=%22" + prefix + "-1%22\" id=\"object-history\"");

        assertThat(page("/audit?object=\"" + prefix + "-1\""))
                .contains("Showing 1 to 1 of 1 entry")
                .doesNotContain(prefix + "-10<");
        assertThat(page("/audit?object=\"thing " + prefix + "-1\""))
                .as("the type, a space and the id")
                .contains("Showing 1 to 1 of 1 entry");
        assertThat(page("/audit?object=" + prefix + "-1")).contains("Showing 1 to 11 of 11 entries");
    }

    @Test
    void somethingNewShowsOnlyWhatItIsAfterAndSomethingRemovedOnlyWhatItWas() throws Exception {
        events.publishEvent(new TestChange(prefix + "-new", "Made " + prefix + "-new", null, "{\"n\":1}"));
        events.publishEvent(new TestChange(prefix + "-gone", "Removed " + prefix + "-gone", "{\"n\":1}", null));

        String made = page("/audit/entries/" + sequenceOf(prefix + "-new"));
        assertThat(made)
                .contains("It did not exist before")
                .contains(">After</th>")
                .doesNotContain(">Before</th>")
                .doesNotContain("oversight-diff--added");
        String removed = page("/audit/entries/" + sequenceOf(prefix + "-gone"));
        assertThat(removed)
                .contains("It does not exist after")
                .contains(">Before</th>")
                .doesNotContain(">After</th>");
    }

    @Test
    void anEntryThatDoesNotExistIsNotFound() throws Exception {
        String html = mvc.perform(get("/audit/entries/999999999").with(ADMIN))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("The audit trail has no entry 999999999.");
    }

    @Test
    void theFilteredEntriesDownloadAsCsvOldestFirstWithEveryField() throws Exception {
        var response = mvc.perform(
                        get("/audit/export.csv?object=" + prefix + "-1").with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition"))
                .matches("attachment; filename=\"oversight-audit-\\d{8}-\\d{6}\\.csv\"");
        List<String> lines = response.getContentAsString().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("sequence,recorded_at,user,address,module,action,object_type,object_id,summary,before,after,"
                        + "previous_hash,hash");
        assertThat(lines).as("the header, then -1 and -10 to -19").hasSize(1 + 11);
        assertThat(lines.get(1)).startsWith(sequenceOf(prefix + "-1") + ",").contains(",tester,127.0.0.1,test,");
        assertThat(lines.get(1).split(",")[1]).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
        mvc.perform(get("/audit/export.csv?from=yesterday").with(ADMIN)).andExpect(status().isBadRequest());
    }

    @Test
    void theCheckOfTheChainSaysItIsIntactWithTheNumberOfEntries() throws Exception {
        assertThat(page("/audit")).contains("href=\"/audit/verification\"");
        String html = page("/audit/verification");

        assertThat(html)
                .contains("The chain is intact")
                .contains(trail.verify().entries() + "</span>")
                .contains("./oversight audit verify");
    }

    @Test
    void theApiListsEntriesWithThePagesFiltersForAdminsOnly() throws Exception {
        String admin = "audit-api-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.add(admin, Role.ADMIN, PASSWORD.toCharArray());
        accounts.add(admin + "-analyst", Role.ANALYST, PASSWORD.toCharArray());

        String json = mvc.perform(get("/api/v1/audit?module=test&object=" + prefix + "-2&size=5")
                        .with(httpBasic(admin, PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode page = new ObjectMapper().readTree(json);
        assertThat(page.get("total").asLong()).isEqualTo(11);
        assertThat(page.get("pages").asInt()).isEqualTo(3);
        assertThat(page.get("entries")).hasSize(5);
        JsonNode first = page.get("entries").get(0);
        assertThat(first.get("objectId").asText()).isEqualTo(prefix + "-29");
        assertThat(first.get("before").asText()).isEqualTo("{\"n\":1}");
        assertThat(first.get("hash").asText()).matches("[0-9a-f]{64}");

        mvc.perform(get("/api/v1/audit?from=6/12/2026").with(httpBasic(admin, PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/audit?size=501").with(httpBasic(admin, PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/audit").with(httpBasic(admin + "-analyst", PASSWORD)))
                .andExpect(status().isForbidden());
        String verification = mvc.perform(get("/api/v1/audit/verification").with(httpBasic(admin, PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(new ObjectMapper().readTree(verification).get("intact").asBoolean())
                .isTrue();
    }
}
