package org.oversight.policedata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The before and after states of police data changes, as JSON (dates and months in ISO 8601). */
final class AuditJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private AuditJson() {}

    static String of(Object value) {
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

    /** How people name a force's month of one kind of file: {@code west-midlands/2024-04/street}. */
    static String month(String force, java.time.YearMonth month, PoliceDataKind kind) {
        return force + "/" + month + "/" + kind.slug();
    }
}
