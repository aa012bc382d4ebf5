package org.oversight.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.accounts.domain.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The sign-in form as a browser posts it: one user's wrong passwords lock only that user (at that
 * address), and a forwarded-for header from a client that is not a trusted proxy changes nothing.
 * Each test uses its own addresses (documentation ranges), so that no other test's sign-ins count.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInThrottlingTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void accounts() {
        for (String name : new String[] {"throttle-ana", "throttle-bob", "throttle-cy"}) {
            if (accounts.all().stream().noneMatch(account -> account.username().equals(name))) {
                accounts.add(name, Role.ANALYST, PASSWORD.toCharArray());
            }
        }
    }

    private ResultActions signIn(String username, String password, String address, String forwardedFor)
            throws Exception {
        return mvc.perform(post("/sign-in")
                .param("username", username)
                .param("password", password)
                .header("X-Forwarded-For", forwardedFor == null ? "" : forwardedFor)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    @Test
    void sixWrongPasswordsForOneUserDoNotLockAnotherUserAtTheSameAddress() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn("throttle-ana", "wrong-password-" + i, "192.0.2.10", null)
                    .andExpect(redirectedUrl("/sign-in?error"));
        }
        signIn("throttle-ana", "wrong-password-5", "192.0.2.10", null).andExpect(redirectedUrl("/sign-in?locked"));
        signIn("throttle-ana", PASSWORD, "192.0.2.10", null).andExpect(redirectedUrl("/sign-in?locked"));

        signIn("throttle-bob", PASSWORD, "192.0.2.10", null).andExpect(redirectedUrl("/"));
        signIn("throttle-ana", PASSWORD, "192.0.2.11", null).andExpect(redirectedUrl("/"));
    }

    @Test
    void aForwardedForHeaderFromAClientThatIsNotATrustedProxyIsIgnored() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn("throttle-cy", "wrong-password-" + i, "192.0.2.20", "198.51.100." + i)
                    .andExpect(redirectedUrl("/sign-in?error"));
        }
        signIn("throttle-cy", PASSWORD, "192.0.2.20", "198.51.100.99").andExpect(redirectedUrl("/sign-in?locked"));
    }
}
