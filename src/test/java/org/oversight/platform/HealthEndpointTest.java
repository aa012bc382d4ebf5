package org.oversight.platform;

import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /actuator/health}: whether Oversight is up, for anyone; why, for admins only. */
@SpringBootTest
@AutoConfigureMockMvc
class HealthEndpointTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void anyoneLearnsThatOversightIsUpButNothingMore() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", true));
    }

    @Test
    void anAnalystSeesNoDetailsEither() throws Exception {
        mvc.perform(get("/actuator/health").with(user("ana").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", true));
    }

    @Test
    void anAdminSeesTheDatabaseAndTheEmbeddedServer() throws Exception {
        mvc.perform(get("/actuator/health").with(user("root").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status", is("UP")))
                .andExpect(jsonPath("$.components.embeddedDatabase.status", is("UP")))
                .andExpect(jsonPath("$.components.embeddedDatabase.details.runBy", is("this process")))
                .andExpect(jsonPath("$.components.embeddedDatabase.details.restarts", is(0)));
    }

    @Test
    void aMonitoringSystemMaySignInAsAnAdminWithHttpBasic() throws Exception {
        if (accounts.all().stream().noneMatch(account -> account.username().equals("health-monitor"))) {
            accounts.add("health-monitor", Role.ADMIN, "monitoring-password".toCharArray());
        }
        mvc.perform(get("/actuator/health").with(httpBasic("health-monitor", "monitoring-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.embeddedDatabase.status", is("UP")));
        mvc.perform(get("/actuator/health").with(httpBasic("health-monitor", "wrong-password-here")))
                .andExpect(status().isUnauthorized());
    }
}
