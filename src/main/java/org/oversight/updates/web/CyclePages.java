package org.oversight.updates.web;

import org.oversight.updates.domain.CycleItem;
import org.oversight.updates.domain.Cycles;
import org.oversight.updates.domain.ReportingCycle;
import org.springframework.stereotype.Component;

/** Finding the cycle and item a page's address names, or a 404. */
@Component
class CyclePages {

    private final Cycles cycles;

    CyclePages(Cycles cycles) {
        this.cycles = cycles;
    }

    ReportingCycle cycle(long id) {
        return cycles.find(id).orElseThrow(() -> new CycleNotFound("There is no reporting cycle " + id + "."));
    }

    CycleItem item(ReportingCycle cycle, long itemId) {
        return cycles.findItem(itemId)
                .filter(item -> item.cycleId().equals(cycle.id()))
                .orElseThrow(() -> new CycleNotFound("The cycle has no update " + itemId + "."));
    }

    CycleItem item(long itemId) {
        return cycles.findItem(itemId).orElseThrow(() -> new CycleNotFound("There is no update " + itemId + "."));
    }
}
