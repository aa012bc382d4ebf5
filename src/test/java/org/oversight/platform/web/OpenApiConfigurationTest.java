package org.oversight.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.info.Info;
import org.junit.jupiter.api.Test;

/** The API description's contact and licence come from configuration, and are left out when unset. */
class OpenApiConfigurationTest {

    private static Info info(ApiDocumentationProperties properties) {
        return new OpenApiConfiguration().oversightOpenApi("1.2.3", properties).getInfo();
    }

    @Test
    void statesTheConfiguredContactAndLicence() {
        Info info = info(new ApiDocumentationProperties(
                "Office of the Police and Crime Commissioner",
                "oversight@example.org",
                "https://example.org/oversight",
                "MIT",
                "https://opensource.org/license/mit"));

        assertThat(info.getTitle()).isEqualTo("Oversight API");
        assertThat(info.getVersion()).isEqualTo("1.2.3");
        assertThat(info.getContact().getName()).isEqualTo("Office of the Police and Crime Commissioner");
        assertThat(info.getContact().getEmail()).isEqualTo("oversight@example.org");
        assertThat(info.getLicense().getName()).isEqualTo("MIT");
        assertThat(info.getLicense().getUrl()).isEqualTo("https://opensource.org/license/mit");
    }

    @Test
    void leavesOutWhatIsNotConfigured() {
        Info info = info(new ApiDocumentationProperties(null, "", null, null, null));

        assertThat(info.getContact()).isNull();
        assertThat(info.getLicense()).isNull();
    }
}
