package org.oversight.platform.database;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data. Ignored when {@code spring.datasource.url} points
 * Oversight at an external PostgreSQL.
 *
 * @param dataDir the embedded server's data folder, created when missing
 * @param deleteOnClose remove the data folder when the application stops (tests only)
 * @param watchInterval how often the web application checks that the server still runs (and
 *     starts it again when it does not): the longest a dead server goes unnoticed
 */
@ConfigurationProperties("oversight.database")
public record DatabaseProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("false") boolean deleteOnClose,
        @DefaultValue("200ms") Duration watchInterval) {}
