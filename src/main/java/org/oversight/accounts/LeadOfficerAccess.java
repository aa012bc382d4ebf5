package org.oversight.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Access rule: Signed-in lead officers: their own updates. Which commitments they may see and change is checked again by {@code LeadScope} (ADR 0015). */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('LEAD_OFFICER')")
public @interface LeadOfficerAccess {}
