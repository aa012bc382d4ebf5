package org.oversight.policedata;

import java.time.Instant;
import java.util.List;

/** A named set of LSOAs, such as the 2021-25 plan's "Impact Areas". */
public record AreaSet(
        long id, String name, String fileName, List<String> lsoaCodes, String importedBy, Instant importedAt) {}
