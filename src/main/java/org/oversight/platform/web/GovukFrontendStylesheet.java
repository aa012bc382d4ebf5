package org.oversight.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.oversight.accounts.PublicAccess;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GOV.UK Frontend's compiled stylesheet from its WebJar, made fit for a service that is not on
 * GOV.UK: the GDS Transport font is removed (Arial is used, as GOV.UK Frontend recommends for such
 * services) and asset paths point into the WebJar.
 */
@Controller
@PublicAccess
class GovukFrontendStylesheet {

    static final String WEBJAR_ROOT = "/META-INF/resources/webjars/govuk-frontend/";
    static final String ASSETS = "/webjars/govuk-frontend/dist/govuk/assets/";

    private final String stylesheet;

    GovukFrontendStylesheet() {
        this.stylesheet = adapt(read());
    }

    @GetMapping(value = "/css/govuk-frontend.css", produces = "text/css")
    ResponseEntity<String> stylesheet() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .body(stylesheet);
    }

    static String adapt(String css) {
        return css.replaceAll("@font-face\\{font-family:\"?GDS Transport\"?;[^}]*}", "")
                .replace("font-family:GDS Transport,arial,sans-serif", "font-family:arial,sans-serif")
                .replace("font-family:\"GDS Transport\",arial,sans-serif", "font-family:arial,sans-serif")
                .replace("url(/assets/", "url(" + ASSETS);
    }

    private static String read() {
        String path = WEBJAR_ROOT + new org.webjars.WebJarVersionLocator().version("govuk-frontend")
                + "/dist/govuk/govuk-frontend.min.css";
        try (InputStream input = GovukFrontendStylesheet.class.getResourceAsStream(path)) {
            if (input == null) {
                throw new IllegalStateException("GOV.UK Frontend stylesheet not found at " + path);
            }
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
