package org.oversight.board.actionplan;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One action of an action plan: its number as printed (may be blank), the action, its lead (one a
 * line), its timescale and progress (either may be blank), and who last updated the progress.
 */
@Table(schema = "board", name = "action_plan_item")
public record ActionPlanItem(
        @Id Long id,
        Long actionPlanId,
        int position,
        String number,
        String action,
        String lead,
        String timescale,
        String progress,
        String updatedBy,
        Instant updatedAt,
        @Version Integer version) {}
