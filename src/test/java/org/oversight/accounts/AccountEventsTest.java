package org.oversight.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oversight.accounts.domain.UserAccounts;
import org.oversight.audit.AuditEntry;
import org.oversight.audit.AuditFilter;
import org.oversight.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Accounts added, sign-ins, refused sign-ins (with the user name tried) and sign-outs are published
 * as audited changes and recorded with the caller's address. Each test signs in from an address of
 * its own, so that its refused sign-ins never lock out anyone else's.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class AccountEventsTest {

    static final String PASSWORD = "a long enough password";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditTrail trail;

    @Autowired
    ApplicationEvents events;

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private List<AuditEntry> entriesAbout(String username) {
        return trail.page(new AuditFilter(null, "accounts", username, null, null), 1, 20, true)
                .entries();
    }

    @Test
    void anAccountAddedIsPublishedWithWhoAddedIt() {
        String name = unique("added");

        accounts.add(name, Role.ANALYST, PASSWORD.toCharArray());

        assertThat(events.stream(AccountCreated.class)).singleElement().satisfies(created -> {
            assertThat(created.username()).isEqualTo(name);
            assertThat(created.by()).startsWith("cli:");
        });
        AuditEntry entry = entriesAbout(name).get(0);
        assertThat(entry.action()).isEqualTo("account-created");
        assertThat(entry.user()).startsWith("cli:");
        assertThat(entry.after()).contains("role=analyst").contains("enabled=true");
        assertThat(entry.summary()).startsWith("Account " + name + " created by cli:");
    }

    @Test
    void aSignInAndASignOutAreRecordedWithTheAddress() throws Exception {
        String name = unique("signs-in");
        accounts.add(name, Role.ANALYST, PASSWORD.toCharArray());

        HttpSession session = mvc.perform(post("/sign-in")
                        .param("username", name)
                        .param("password", PASSWORD)
                        .with(csrf())
                        .with(from("198.51.100.21")))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(post("/sign-out")
                        .session((org.springframework.mock.web.MockHttpSession) session)
                        .with(csrf())
                        .with(from("198.51.100.22")))
                .andExpect(redirectedUrl("/?signed-out"));

        assertThat(events.stream(SignedIn.class)).containsExactly(new SignedIn(name));
        assertThat(events.stream(SignedOut.class)).containsExactly(new SignedOut(name));
        List<AuditEntry> entries = entriesAbout(name);
        assertThat(entries).extracting(AuditEntry::action).startsWith("signed-out", "signed-in");
        assertThat(entries.get(0).address()).isEqualTo("198.51.100.22");
        assertThat(entries.get(0).user()).isEqualTo(name);
        assertThat(entries.get(1).address()).isEqualTo("198.51.100.21");
        assertThat(entries.get(1).summary()).isEqualTo(name + " signed in");
    }

    @Test
    void aRefusedSignInIsRecordedWithTheUserNameTriedAndTheAddress() throws Exception {
        String tried = unique("nobody");

        mvc.perform(post("/sign-in")
                        .param("username", tried)
                        .param("password", "not the password")
                        .with(csrf())
                        .with(from("198.51.100.31")))
                .andExpect(redirectedUrl("/sign-in?error"));

        assertThat(events.stream(SignInFailed.class))
                .containsExactly(new SignInFailed(tried, "wrong user name or password"));
        AuditEntry entry = entriesAbout(tried).get(0);
        assertThat(entry.action()).isEqualTo("sign-in-failed");
        assertThat(entry.user()).isEqualTo("anonymous");
        assertThat(entry.objectId()).isEqualTo(tried);
        assertThat(entry.address()).isEqualTo("198.51.100.31");
        assertThat(entry.summary()).isEqualTo("Sign-in as " + tried + " refused: wrong user name or password");
    }

    @Test
    void aRefusedCallToTheApiIsRecordedToo() throws Exception {
        String name = unique("api");
        accounts.add(name, Role.ANALYST, PASSWORD.toCharArray());

        mvc.perform(get("/api/v1/police-data/batches")
                        .with(httpBasic(name, "wrong password"))
                        .with(from("198.51.100.41")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/police-data/batches")
                        .with(httpBasic(name, PASSWORD))
                        .with(from("198.51.100.41")))
                .andExpect(status().isOk());

        assertThat(entriesAbout(name))
                .extracting(AuditEntry::action, AuditEntry::address)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sign-in-failed", "198.51.100.41"),
                        org.assertj.core.groups.Tuple.tuple("account-created", "127.0.0.1"));
    }

    @Test
    void aSignInRefusedAfterTooManyFailuresSaysSo() throws Exception {
        String name = unique("locked");
        for (int i = 0; i < 6; i++) {
            mvc.perform(post("/sign-in")
                    .param("username", name)
                    .param("password", "guess " + i)
                    .with(csrf())
                    .with(from("198.51.100.51")));
        }

        assertThat(events.stream(SignInFailed.class))
                .extracting(SignInFailed::reason)
                .contains("wrong user name or password", "too many failed sign-ins");
    }

    @Test
    void aVeryLongUserNameTriedIsCut() {
        SignInFailed failed = new SignInFailed("x".repeat(5000), "wrong user name or password");

        assertThat(failed.objectId()).hasSize(101).endsWith("x…");
        assertThat(new SignInFailed(" ", "wrong user name or password").objectId())
                .isEqualTo("(none)");
    }
}
