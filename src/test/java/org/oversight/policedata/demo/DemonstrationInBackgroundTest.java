package org.oversight.policedata.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.oversight.policedata.DemonstrationLoading;
import org.oversight.policedata.PoliceDataApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On a first start the example plans are there at once; the demonstration data load on their own
 * thread, with their progress on every page, and the banner goes when they have loaded.
 */
@SpringBootTest(
        properties = {"oversight.seed.demonstration-data=true", "oversight.seed.demonstration-data-in-background=true"})
@AutoConfigureMockMvc
class DemonstrationInBackgroundTest {

    @Autowired
    PoliceDataApi policeData;

    @Autowired
    MockMvc mvc;

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user("ana").roles("ANALYST")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void thePlansAreThereWhileTheDataLoadAndTheBannerGoesWhenTheyHaveLoaded() throws Exception {
        // Loading 108 files takes tens of seconds, and it started only when the application was ready.
        DemonstrationLoading loading = policeData.demonstrationLoading().orElseThrow();
        assertThat(loading.failed()).isFalse();
        assertThat(loading.filesTotal()).isEqualTo(108);
        assertThat(loading.startedAt()).isNotNull();

        String plans = page("/plans");
        assertThat(plans)
                .contains("href=\"/plans/wm-police-and-crime-plan/versions/2014-15\"")
                .contains("id=\"demonstration-loading\"")
                .containsPattern("Loading demonstration police data: [0-9]+ of 108 files");
        assertThat(page("/police-data")).contains("id=\"demonstration-loading\"");

        assertThat(policeData.awaitDemonstrationData(Duration.ofMinutes(5))).isTrue();

        assertThat(policeData.demonstrationLoading()).isEmpty();
        assertThat(policeData.batches()).hasSize(108);
        assertThat(page("/plans")).doesNotContain("id=\"demonstration-loading\"");
    }
}
