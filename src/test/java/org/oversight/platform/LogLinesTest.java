package org.oversight.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a user sends cannot forge a log line: line breaks and control characters in anything logged
 * (a parameter, a file name, an exception's message) are written as escapes, as the log is written.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class LogLinesTest {

    private static final String FORGED = "2026-12-06T11:00:00.000Z  INFO 1 --- [main] o.o.accounts : event=user_added"
            + " username=mallory role=ADMIN";

    @Autowired
    MockMvc mvc;

    private static boolean aLineStartsWith(CapturedOutput output, String text) {
        return Arrays.stream(output.getAll().split("\\R")).anyMatch(line -> line.startsWith(text));
    }

    @Test
    void aFileNameWithALineBreakIsLoggedOnOneLine(CapturedOutput output) throws Exception {
        String yaml =
                """
                format: oversight-plan/1
                plan: { key: log-lines-test-plan, title: Log lines test plan, force: Test Police }
                versions:
                  - label: "2025-26"
                    objectives:
                      - title: Reduce crime
                """;
        mvc.perform(post("/api/v1/plans")
                        .param("fileName", "plan.yaml\n" + FORGED)
                        .contentType("application/yaml")
                        .content(yaml)
                        .with(user("log-analyst").roles("ANALYST")))
                .andExpect(status().isOk());

        assertThat(output.getAll()).contains("file=plan.yaml\\n" + FORGED);
        assertThat(aLineStartsWith(output, FORGED)).isFalse();
    }

    @Test
    void anExceptionsMessageIsLoggedWithItsLineBreaksEscapedAndItsStackTraceIntact(CapturedOutput output) {
        LoggerFactory.getLogger(LogLinesTest.class)
                .warn(
                        "event=test value={}",
                        "a\r\nb\u001b[2J",
                        new IllegalStateException("bad\n" + FORGED, new IllegalArgumentException("cause\n" + FORGED)));

        assertThat(output.getAll())
                .contains("event=test value=a\\r\\nb\\u001b[2J")
                .contains("java.lang.IllegalStateException: bad\\n" + FORGED)
                .contains("Caused by: java.lang.IllegalArgumentException: cause\\n" + FORGED)
                .contains("\tat org.oversight.platform.LogLinesTest.");
        assertThat(aLineStartsWith(output, FORGED)).isFalse();
        assertThat(output.getAll()).doesNotContain("\u001b[2J");
    }
}
