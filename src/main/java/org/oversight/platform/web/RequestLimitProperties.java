package org.oversight.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request's body may be (ADR 0010, docs/security.md "Request limits"). A body over its
 * limit is refused with 413 before it is read; a body sent without a length is counted as it is read.
 *
 * @param body the limit of every request not named in {@code bodies}: forms and small JSON bodies
 * @param bodies larger (or smaller) limits by path pattern ({@code /api/v1/spc}, {@code /plans/**}),
 *     the first pattern that matches wins; written {@code "[/api/v1/spc]": 1MB} in YAML
 * @param uploads paths of multipart uploads left to {@code spring.servlet.multipart}'s limits
 *     (police data archives are hundreds of megabytes)
 */
@ConfigurationProperties("oversight.request-limits")
public record RequestLimitProperties(
        @DefaultValue("256KB") DataSize body, Map<String, DataSize> bodies, List<String> uploads) {

    public RequestLimitProperties {
        bodies = bodies == null ? Map.of() : new LinkedHashMap<>(bodies);
        uploads = uploads == null ? List.of() : List.copyOf(uploads);
        check("body", body);
        bodies.forEach((path, limit) -> check("bodies[" + path + "]", limit));
    }

    private static void check(String name, DataSize limit) {
        if (limit == null || limit.isNegative()) {
            throw new IllegalArgumentException("oversight.request-limits." + name + " must be a size such as 256KB");
        }
    }
}
