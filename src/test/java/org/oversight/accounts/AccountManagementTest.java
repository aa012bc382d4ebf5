package org.oversight.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oversight.accounts.domain.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Admins manage accounts in the browser: create one with its role, leads and email (and a one-time
 * link to set its password), change role and leads, disable it. Each change publishes its event.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class AccountManagementTest {

    static final String PASSWORD = "correct horse battery staple";
    static final Pattern LINK = Pattern.compile("/reset-password/([A-Za-z0-9_-]{40,})");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApplicationEvents events;

    static String unique(String prefix) {
        return prefix + System.nanoTime() % 10_000_000;
    }

    @Test
    void anAdminCreatesALeadOfficerWhoSetsTheirOwnPasswordWithTheOneTimeLink() throws Exception {
        String name = unique("leo");
        MvcResult created = mvc.perform(post("/accounts/new")
                        .with(user("ada").roles("ADMIN"))
                        .with(csrf())
                        .param("username", name)
                        .param("role", "lead-officer")
                        .param("email", name + "@example.org")
                        .param("leads", "ACC Operations", "ACC Crime"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        Object link = created.getFlashMap().get("resetLink");
        assertThat(link).asString().contains("/reset-password/");
        assertThat(accounts.byName(name).orElseThrow().leads()).containsExactly("ACC Crime", "ACC Operations");
        assertThat(events.stream(AccountCreated.class).filter(e -> e.username().equals(name)))
                .singleElement()
                .satisfies(
                        e -> assertThat(e.after()).contains("role=lead-officer", "leads=ACC Crime | ACC Operations"));

        mvc.perform(formLogin("/sign-in").user(name).password(PASSWORD)).andExpect(unauthenticated());

        String token = token(link.toString());
        mvc.perform(get("/reset-password/" + token)).andExpect(status().isOk());
        assertThat(mvc.perform(post("/reset-password/" + token)
                                .with(csrf())
                                .param("password", "too short")
                                .param("confirmation", "too short"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Password must be at least 12 characters long");
        mvc.perform(post("/reset-password/" + token)
                        .with(csrf())
                        .param("password", PASSWORD)
                        .param("confirmation", PASSWORD))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/sign-in").user(name).password(PASSWORD)).andExpect(authenticated());
        assertThat(events.stream(PasswordSetWithResetLink.class))
                .extracting(PasswordSetWithResetLink::username)
                .contains(name);

        assertThat(mvc.perform(get("/reset-password/" + token))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("This link does not work");
        mvc.perform(post("/reset-password/" + token)
                        .with(csrf())
                        .param("password", "another long password")
                        .param("confirmation", "another long password"))
                .andExpect(status().isGone());
    }

    @Test
    void aNewLinkVoidsTheOldOne() throws Exception {
        String name = unique("bea");
        accounts.add(name, Role.BOARD_MEMBER, PASSWORD.toCharArray());
        String first = accounts.issueResetToken(name, "ada");
        String second = accounts.issueResetToken(name, "ada");
        assertThat(accounts.resetTokenOwner(first)).isEmpty();
        assertThat(accounts.resetTokenOwner(second)).contains(name);
        assertThat(events.stream(PasswordResetLinkIssued.class)
                        .filter(e -> e.username().equals(name)))
                .hasSize(2);
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        String name = unique("ana");
        accounts.add(name, Role.ANALYST, PASSWORD.toCharArray());
        mvc.perform(post("/accounts/{n}/disable", name)
                        .with(user("ada").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/sign-in").user(name).password(PASSWORD)).andExpect(unauthenticated());
        assertThat(events.stream(AccountDisabled.class))
                .extracting(AccountDisabled::username)
                .contains(name);

        mvc.perform(post("/accounts/{n}/enable", name)
                .with(user("ada").roles("ADMIN"))
                .with(csrf()));
        mvc.perform(formLogin("/sign-in").user(name).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void changingRoleAndLeadsIsRecordedWithBeforeAndAfter() throws Exception {
        String name = unique("leo");
        accounts.add(name, Role.BOARD_MEMBER, PASSWORD.toCharArray());
        mvc.perform(post("/accounts/{n}", name)
                        .with(user("ada").roles("ADMIN"))
                        .with(csrf())
                        .param("role", "lead-officer")
                        .param("leads", "Director of Resources"))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(AccountChanged.class).filter(e -> e.username().equals(name)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.before()).contains("role=board-member", "leads=;");
                    assertThat(e.after()).contains("role=lead-officer", "leads=Director of Resources");
                    assertThat(e.action()).isEqualTo("account-changed");
                });
    }

    @Test
    void onlyLeadOfficersHoldLeadsAndOnlyTheLeadsThePlansName() throws Exception {
        String name = unique("x");
        assertThat(mvc.perform(post("/accounts/new")
                                .with(user("ada").roles("ADMIN"))
                                .with(csrf())
                                .param("username", name)
                                .param("role", "analyst")
                                .param("leads", "ACC Crime"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("only lead officers hold leads");
        assertThat(mvc.perform(post("/accounts/new")
                                .with(user("ada").roles("ADMIN"))
                                .with(csrf())
                                .param("username", name)
                                .param("role", "lead-officer")
                                .param("leads", "ACC Nowhere"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("&#39;ACC Nowhere&#39; is not a lead any plan names", "ACC Local Policing");
        assertThat(accounts.byName(name)).isEmpty();
    }

    @Test
    void onlyAdminsManageAccounts() throws Exception {
        mvc.perform(get("/accounts").with(user("ana").roles("ANALYST"))).andExpect(status().isForbidden());
        mvc.perform(get("/accounts/new").with(user("leo").roles("LEAD_OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/accounts").with(user("ada").roles("ADMIN"))).andExpect(status().isOk());
    }

    private static String token(String link) {
        Matcher matcher = LINK.matcher(link);
        assertThat(matcher.find()).as("a reset link in %s", link).isTrue();
        return matcher.group(1);
    }
}
