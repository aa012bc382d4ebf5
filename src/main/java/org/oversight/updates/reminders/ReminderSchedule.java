package org.oversight.updates.reminders;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the reminders on a schedule in the web application ({@code oversight.updates.reminders.cron},
 * Europe/London); never in the command line. {@code oversight.updates.reminders.scheduled=false}
 * turns it off (tests drive {@link Reminders#run} themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "oversight.updates.reminders.scheduled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

    private final Reminders reminders;

    ReminderSchedule(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${oversight.updates.reminders.cron:0 0 * * * *}", zone = "Europe/London")
    void remind() {
        reminders.runNow();
    }
}
