package org.oversight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What a browser and an API client are answered when something is wrong, through the real server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTest {

    /** What Chromium asks for when it follows a link. */
    private static final String CHROME_ACCEPTS = "text/html,application/xhtml+xml,application/xml;q=0.9,"
            + "image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

    @Autowired
    TestRestTemplate http;

    @Test
    void aBrowserAskingForAnAddressThatDoesNotExistGetsThePageNotFoundPage() {
        ResponseEntity<String> page = asABrowser("/no-such-page");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getHeaders().getContentType()).isNotNull();
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                .isTrue();
        assertThat(page.getBody()).contains("<h1 class=\"govuk-heading-l\">Page not found</h1>", "<main");
    }

    @Test
    void aBrowserGivingAPageAValueOfTheWrongKindGetsTheErrorPage() {
        ResponseEntity<String> page =
                asABrowser("/performance/plans/wm-police-and-crime-plan/versions/2014-15?asAt=not-a-month");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                .isTrue();
    }

    @Test
    void theApiStillAnswersAMistakeWithProblemDetails() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer =
                http.exchange("/api/v1/spc", HttpMethod.POST, new HttpEntity<>("{", headers), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody()).contains("\"status\":400");
    }

    private ResponseEntity<String> asABrowser(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, CHROME_ACCEPTS);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
