package org.oversight.updates.domain;

import java.time.LocalDate;
import org.oversight.updates.UpdateState;

/** Where an item stands on a day: its requirement first, then the update's round (ADR 0015). */
public final class ItemState {

    private ItemState() {}

    public static UpdateState of(CycleItem item, LocalDate deadline, LocalDate today) {
        return switch (item.requirement()) {
            case NOT_REQUIRED -> UpdateState.NOT_REQUIRED;
            case DEFERRED -> UpdateState.DEFERRED;
            case DUE ->
                switch (item.workflow()) {
                    case ACCEPTED -> UpdateState.ACCEPTED;
                    case SUBMITTED -> UpdateState.SUBMITTED;
                    case RETURNED -> UpdateState.RETURNED;
                    case NOT_STARTED, DRAFT -> today.isAfter(deadline) ? UpdateState.OVERDUE : UpdateState.DUE;
                };
        };
    }
}
