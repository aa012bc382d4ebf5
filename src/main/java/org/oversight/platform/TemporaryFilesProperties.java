package org.oversight.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Oversight keeps its temporary files.
 *
 * @param folder the folder; when not set, a folder beside the embedded database's data folder, named
 *     after it ({@code data-temp} for {@code data}): on the same disk as the data, never in the
 *     database's own folder, and not in {@code /tmp}, which is often held in memory
 */
@ConfigurationProperties("oversight.temporary-files")
public record TemporaryFilesProperties(Path folder) {}
