package org.oversight.plan.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.oversight.plan.Target;

/** A target as the JSON text stored with its measure. */
final class TargetJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TargetJson() {}

    static String write(Target target) {
        try {
            return JSON.writeValueAsString(TargetCodec.toMap(target));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("target could not be written as JSON", e);
        }
    }

    static Target read(String json) {
        if (json == null) {
            return new Target.Monitor();
        }
        try {
            return TargetCodec.fromMap(JSON.readValue(json, new TypeReference<Map<String, Object>>() {}));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored target is not valid JSON: " + json, e);
        }
    }
}
