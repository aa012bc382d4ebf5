package org.oversight.platform.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.oversight.platform.PrintableText;

/** {@code %m}, {@code %msg} and {@code %message} with the arguments' line breaks and controls escaped. */
public class SafeMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PrintableText.escape(super.convert(event));
    }
}
