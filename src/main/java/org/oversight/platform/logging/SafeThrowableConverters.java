package org.oversight.platform.logging;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;
import org.springframework.boot.logging.logback.WhitespaceThrowableProxyConverter;

/** The exception conversion words, each printing as it always does but with escaped messages. */
final class SafeThrowableConverters {

    private SafeThrowableConverters() {}

    /** {@code %ex}, {@code %exception}, {@code %throwable}. */
    public static class Plain extends ThrowableProxyConverter {
        @Override
        protected String throwableProxyToString(IThrowableProxy proxy) {
            return super.throwableProxyToString(SafeThrowableProxy.of(proxy));
        }
    }

    /** {@code %xEx}, {@code %xException}, {@code %xThrowable}. */
    public static class Extended extends ExtendedThrowableProxyConverter {
        @Override
        protected String throwableProxyToString(IThrowableProxy proxy) {
            return super.throwableProxyToString(SafeThrowableProxy.of(proxy));
        }
    }

    /** Spring Boot's {@code %wex}. */
    public static class Whitespace extends WhitespaceThrowableProxyConverter {
        @Override
        protected String throwableProxyToString(IThrowableProxy proxy) {
            return super.throwableProxyToString(SafeThrowableProxy.of(proxy));
        }
    }

    /** Spring Boot's {@code %wEx}, its default. */
    public static class ExtendedWhitespace extends ExtendedWhitespaceThrowableProxyConverter {
        @Override
        protected String throwableProxyToString(IThrowableProxy proxy) {
            return super.throwableProxyToString(SafeThrowableProxy.of(proxy));
        }
    }
}
