package org.oversight.force.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The force set on the first start ({@code OVERSIGHT_FORCE_SLUG}, {@code _NAME}, {@code _OFFICENAME}),
 * when the database has none yet; afterwards an administrator changes it on the settings page.
 *
 * @param slug the force's data.police.uk slug; unset: no force is set from the settings
 * @param name the force's name; unset: data.police.uk's name for the slug
 * @param officeName the office's name for page headers and reports
 */
@ConfigurationProperties("oversight.force")
public record ForceProperties(String slug, String name, String officeName) {}
