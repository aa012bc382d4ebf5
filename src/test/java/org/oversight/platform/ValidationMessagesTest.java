package org.oversight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A form's validation message reaches the page through Spring's message source, which passes it to
 * {@link java.text.MessageFormat} because it has arguments: a single apostrophe starts a quoted part
 * and disappears ("Enter the plan's title" showed as "Enter the plans title"). So no validation
 * message in the code has one; they are worded without.
 */
class ValidationMessagesTest {

    private static final Pattern MESSAGE = Pattern.compile("message\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void noValidationMessageHasAnApostropheThatMessageFormatWouldEat() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher message = MESSAGE.matcher(lines.get(i));
                    while (message.find()) {
                        if (message.group(1).contains("'")) {
                            found.add(file + ":" + (i + 1) + ": " + message.group(1));
                        }
                    }
                }
            }
        }
        assertThat(found).as("validation messages with an apostrophe").isEmpty();
    }
}
