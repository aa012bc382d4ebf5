package org.oversight.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The before and after of an {@link AuditedChange} as JSON, written the same way by every module:
 * records and maps as objects (fields in their declared order), dates, months and instants in ISO
 * 8601. Compact: the audit pages lay it out for reading.
 */
public final class AuditJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private AuditJson() {}

    /** The value as JSON; {@code null} for {@code null} (nothing before, or nothing after). */
    public static String of(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
