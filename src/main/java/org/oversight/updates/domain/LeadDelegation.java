package org.oversight.updates.domain;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A lead handed to a deputy (another lead officer) for one cycle; the lead's holders keep access. */
@Table(schema = "updates", name = "lead_delegation")
public record LeadDelegation(
        @Id Long id, Long cycleId, String lead, String deputy, String delegatedBy, Instant delegatedAt) {}
