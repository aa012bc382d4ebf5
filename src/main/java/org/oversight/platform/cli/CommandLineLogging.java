package org.oversight.platform.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.oversight.platform.logging.SafeLogLines;
import org.slf4j.LoggerFactory;

/**
 * Logging for a command run without the application: warnings and errors on standard error, so that
 * nothing but the command's output reaches standard output (logback unconfigured would log
 * everything there). It is {@code logback-cli.xml}, which Spring Boot reads when a command starts
 * the application, written in code: reading the XML would take a quarter of the help's time. Log
 * lines are made safe from forged lines as in the application ({@link SafeLogLines}).
 */
public final class CommandLineLogging {

    static final String PATTERN = "%d{HH:mm:ss} %-5level %logger{20} %msg%n%ex";

    private CommandLineLogging() {}

    public static void configure() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> standardError = new ConsoleAppender<>();
        standardError.setContext(context);
        standardError.setName("STDERR");
        standardError.setTarget("System.err");
        standardError.setEncoder(encoder);
        standardError.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(standardError);
        SafeLogLines.apply();
    }
}
