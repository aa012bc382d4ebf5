package org.oversight.plan;

import java.util.List;

/**
 * The example plans were loaded into an empty register on start-up (their keys), so that other
 * modules can load example data that belongs with them.
 */
public record ExamplePlansLoaded(List<String> planKeys) {}
