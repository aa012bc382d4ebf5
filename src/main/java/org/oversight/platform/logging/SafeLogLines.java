package org.oversight.platform.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.spi.AppenderAttachable;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Supplier;
import org.oversight.platform.PrintableText;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;

/**
 * Makes every log line Oversight writes safe from forged lines, whatever the logging configuration:
 * the message and exception conversion words of every pattern ({@code %m}, {@code %wEx}…) are
 * replaced by ones that escape control characters and line breaks ({@link PrintableText}), and the
 * patterns in use are compiled again with them. Values are escaped where they are written, so no
 * log statement can forget to, in code written now or later; an operator's own pattern
 * ({@code logging.pattern.console}) or logback file gets the same treatment.
 */
public final class SafeLogLines {

    private static final Map<String, Supplier<DynamicConverter<?>>> CONVERTERS = converters();

    private SafeLogLines() {}

    private static Map<String, Supplier<DynamicConverter<?>>> converters() {
        Map<String, Supplier<DynamicConverter<?>>> converters = new HashMap<>();
        for (String word : new String[] {"m", "msg", "message"}) {
            converters.put(word, SafeMessageConverter::new);
        }
        for (String word : new String[] {"ex", "exception", "throwable"}) {
            converters.put(word, SafeThrowableConverters.Plain::new);
        }
        for (String word : new String[] {"xEx", "xException", "xThrowable"}) {
            converters.put(word, SafeThrowableConverters.Extended::new);
        }
        converters.put("wex", SafeThrowableConverters.Whitespace::new);
        converters.put("wEx", SafeThrowableConverters.ExtendedWhitespace::new);
        return Map.copyOf(converters);
    }

    /** Applies to the logging as it is configured now. */
    public static void apply() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            apply(context);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void apply(LoggerContext context) {
        Map registry = (Map) context.getObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS);
        if (registry == null) {
            registry = new HashMap<>();
            context.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, registry);
        }
        registry.putAll(CONVERTERS);
        for (ch.qos.logback.classic.Logger logger : context.getLoggerList()) {
            recompile(logger);
        }
    }

    private static void recompile(AppenderAttachable<ILoggingEvent> appenders) {
        for (Iterator<Appender<ILoggingEvent>> i = appenders.iteratorForAppenders(); i.hasNext(); ) {
            Appender<ILoggingEvent> appender = i.next();
            if (appender instanceof OutputStreamAppender<ILoggingEvent> stream
                    && stream.getEncoder() instanceof PatternLayoutEncoder encoder
                    && encoder.isStarted()) {
                encoder.stop();
                encoder.start();
            }
            if (appender instanceof AppenderAttachable<?> nested) {
                @SuppressWarnings("unchecked")
                AppenderAttachable<ILoggingEvent> events = (AppenderAttachable<ILoggingEvent>) nested;
                recompile(events);
            }
        }
    }

    /**
     * Applies it each time Spring Boot has configured logging (registered in {@code
     * META-INF/spring.factories}, so that it runs for the web application, the command line and
     * every test context alike).
     */
    public static final class Listener implements GenericApplicationListener {

        @Override
        public boolean supportsEventType(ResolvableType eventType) {
            return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType.toClass());
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            apply();
        }

        @Override
        public int getOrder() {
            return LoggingApplicationListener.DEFAULT_ORDER + 1;
        }
    }
}
