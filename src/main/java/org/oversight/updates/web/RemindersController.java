package org.oversight.updates.web;

import java.util.HashMap;
import java.util.Map;
import org.oversight.accounts.AnalystAccess;
import org.oversight.updates.domain.CycleItem;
import org.oversight.updates.domain.Cycles;
import org.oversight.updates.reminders.Reminder;
import org.oversight.updates.reminders.Reminders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every reminder recorded: sent, in the outbox (no mail server configured) or without an address. */
@Controller
@AnalystAccess
class RemindersController {

    private final Reminders reminders;
    private final Cycles cycles;

    RemindersController(Reminders reminders, Cycles cycles) {
        this.reminders = reminders;
        this.cycles = cycles;
    }

    @GetMapping("/reminders")
    String outbox(Model model) {
        Map<Long, CycleItem> items = new HashMap<>();
        for (Reminder reminder : reminders.all()) {
            items.computeIfAbsent(reminder.itemId(), id -> cycles.findItem(id).orElse(null));
        }
        model.addAttribute("reminders", reminders.all());
        model.addAttribute("items", items);
        model.addAttribute("mailConfigured", reminders.mailConfigured());
        return "updates/reminders";
    }
}
