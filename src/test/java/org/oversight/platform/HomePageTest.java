package org.oversight.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The start page, and the message it shows right after signing out. */
@SpringBootTest
@AutoConfigureMockMvc
class HomePageTest {

    private static final String SIGNED_OUT = "You have signed out of Oversight.";

    @Autowired
    MockMvc mvc;

    @Test
    void aVisitorIsNotToldThatTheyHaveSignedOut() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Holding the Chief Constable to account")))
                .andExpect(content().string(not(containsString(SIGNED_OUT))));
        mvc.perform(get("/").param("lead", "ACC Operations"))
                .andExpect(content().string(not(containsString(SIGNED_OUT))));
    }

    @Test
    void signingOutLandsOnTheHomePageSayingSo() throws Exception {
        String landing = mvc.perform(
                        post("/sign-out").with(user("ana").roles("ANALYST")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/?signed-out"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(get(landing)).andExpect(status().isOk()).andExpect(content().string(containsString(SIGNED_OUT)));
    }
}
