package org.oversight.browser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's accessibility engine, from Maven Central) run in the page the browser shows,
 * against WCAG 2.0, 2.1 and 2.2 levels A and AA and axe's best practices.
 */
final class Axe {

    /** The rule tags checked: WCAG 2.2 AA as a whole, and axe's best practices (landmarks, headings…). */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private static final String SCRIPT = "/axe.min.js";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .build();
    private static final String RUN =
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                .then(results => done(JSON.stringify(results.violations)))
                .catch(error => done(JSON.stringify({error: String(error)})));
            """;

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    /** axe-core as its jar on the test class path carries it. */
    static Axe fromClassPath() {
        try (InputStream in = Axe.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is not on the test class path: the test dependency"
                        + " com.deque.html.axe-core:selenium carries it");
            }
            return new Axe(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of axe-core, from its licence header ("axe v4.11.1"). */
    String version() {
        int start = source.indexOf("axe v");
        return start < 0
                ? "unknown"
                : source.substring(start + 5, source.indexOf('\n', start)).strip();
    }

    /** Runs every rule of {@link #TAGS} on the page the driver shows; its violations, none when it passes. */
    List<Violation> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(source);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String json = (String) js.executeAsyncScript(RUN, TAGS);
        try {
            if (json.startsWith("{")) {
                throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + json);
            }
            return Arrays.asList(JSON.readValue(json, Violation[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("axe-core gave results that could not be read: " + json, e);
        }
    }

    /** A rule the page breaks, at each element that breaks it. */
    record Violation(String id, String impact, String help, String helpUrl, List<Node> nodes) {

        /** The rule, its impact and help, then each offending element's selector and what to fix. */
        String describe() {
            return id + " (" + impact + "): " + help + " [" + helpUrl + "]\n"
                    + nodes.stream().map(Node::describe).collect(Collectors.joining("\n"));
        }
    }

    /** An element that breaks a rule: its CSS selector path, its HTML and axe's summary of the fix. */
    record Node(List<Object> target, String html, String failureSummary) {

        String describe() {
            String summary = failureSummary == null
                    ? ""
                    : failureSummary.replace("\n", " ").strip();
            return "    at " + target + ": " + html + "\n      " + summary;
        }
    }
}
