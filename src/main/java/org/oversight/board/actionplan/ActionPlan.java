package org.oversight.board.actionplan;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A summit's action plan: its title, a line saying what it is, and where it comes from. */
@Table(schema = "board", name = "action_plan")
public record ActionPlan(
        @Id Long id,
        String code,
        String title,
        String subtitle,
        String source,
        boolean example,
        int position,
        @Version Integer version) {}
