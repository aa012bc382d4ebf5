package org.oversight.reports.render;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log, which by default writes its notes (such as each link's PDF/UA title) to the
 * standard error through java.util.logging, sent to Oversight's own log instead: warnings and errors
 * as {@code WARN}/{@code ERROR} under {@code com.openhtmltopdf}, its notes at {@code DEBUG}, and so
 * are the CSS properties it cannot use (the stylesheet serves the screen too). So a command that
 * writes a PDF prints only what the command says.
 */
final class PdfLog implements XRLogger {

    private static final String CSS_PARSE = "com.openhtmltopdf.css-parse";

    private PdfLog() {}

    static void install() {
        XRLog.setLoggerImpl(new PdfLog());
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger logger = LoggerFactory.getLogger(where == null ? "com.openhtmltopdf" : where);
        int value = level.intValue();
        if (where != null && where.startsWith(CSS_PARSE)) {
            // The report's stylesheet serves the screen too: properties a PDF cannot use are expected.
            logger.debug(message, error);
        } else if (value >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else {
            logger.debug(message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are Oversight's logging configuration's to set.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger("com.openhtmltopdf");
        int value = diagnostic.getLevel().intValue();
        return value >= Level.WARNING.intValue() || logger.isDebugEnabled();
    }
}
