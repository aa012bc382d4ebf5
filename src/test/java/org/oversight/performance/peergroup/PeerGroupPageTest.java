package org.oversight.performance.peergroup;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oversight.performance.PeerGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The peer groups page, for analysts only. */
@SpringBootTest
@AutoConfigureMockMvc
class PeerGroupPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PeerGroups peerGroups;

    @Test
    void showsAnAnalystEachGroupVersionWithItsMembers() throws Exception {
        peerGroups.importFile(
                "page.csv",
                "group,effective_from,member\nPage test forces,2024-04-01,Greater Manchester\n"
                        .getBytes(StandardCharsets.UTF_8),
                "test");

        mvc.perform(get("/performance/peer-groups").with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page test forces")))
                .andExpect(content().string(containsString("1 April 2024")))
                .andExpect(content().string(containsString("Greater Manchester")));
    }

    @Test
    void isNotShownWithoutSigningIn() throws Exception {
        mvc.perform(get("/performance/peer-groups")).andExpect(status().is3xxRedirection());
    }
}
