package org.oversight.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the OpenAPI description says about who runs this Oversight and under which licence. Each is
 * left out of the description when it is not set.
 *
 * @param contactName who answers questions about the API (the office running Oversight)
 * @param contactEmail their email address
 * @param contactUrl their web page
 * @param licenceName the licence of the software, e.g. "MIT"
 * @param licenceUrl where the licence text is
 */
@ConfigurationProperties("oversight.api")
public record ApiDocumentationProperties(
        String contactName, String contactEmail, String contactUrl, String licenceName, String licenceUrl) {}
