package org.oversight.updates.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.oversight.accounts.AccountContact;
import org.oversight.accounts.AccountsApi;
import org.oversight.updates.ReminderSent;
import org.oversight.updates.UpdateStatus;
import org.oversight.updates.domain.CycleItem;
import org.oversight.updates.domain.Cycles;
import org.oversight.updates.domain.LeadDelegation;
import org.oversight.updates.domain.ReportingCycle;
import org.oversight.updates.domain.Requirement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chases due updates by email (ADR 0015). Each run looks at every due, unsubmitted, not complete
 * item of every cycle that is not example data, finds the reminder occasion that applies today and
 * records it for each recipient not yet reminded on that occasion, then sends it (or leaves it in
 * the outbox). Each item is one transaction: the record guards against sending twice, and a failed
 * send rolls its record back so the next run tries again.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Cycles cycles;
    private final AccountsApi accounts;
    private final ReminderRepository reminders;
    private final MailDelivery delivery;
    private final ReminderSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final String baseUrl;

    Reminders(
            Cycles cycles,
            AccountsApi accounts,
            ReminderRepository reminders,
            MailDelivery delivery,
            ReminderSettings settings,
            Clock clock,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            @Value("${oversight.base-url:http://localhost:8080}") String baseUrl) {
        this.cycles = cycles;
        this.accounts = accounts;
        this.reminders = reminders;
        this.delivery = delivery;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** One run at the clock's time; returns how many reminders were recorded. */
    public int runNow() {
        return run(clock.instant());
    }

    /** One run as if at {@code now}; returns how many reminders were recorded. */
    public int run(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        int recorded = 0;
        for (ReportingCycle cycle : cycles.all()) {
            if (cycle.example()) {
                continue;
            }
            Optional<ReminderPlan.Occasion> occasion = ReminderPlan.current(cycle.deadline(), today, settings);
            if (occasion.isEmpty()) {
                continue;
            }
            List<LeadDelegation> delegations = cycles.delegations(cycle.id());
            for (CycleItem item : cycles.items(cycle.id())) {
                if (!chased(item)) {
                    continue;
                }
                Integer count = transaction.execute(status -> remind(cycle, item, occasion.get(), delegations, now));
                recorded += count == null ? 0 : count;
            }
        }
        if (recorded > 0) {
            log.info("event=reminders_recorded count={}", recorded);
        }
        return recorded;
    }

    /** Every reminder recorded, newest first. */
    public List<Reminder> all() {
        return reminders.findAllByOrderByRecordedAtDescIdDesc();
    }

    /** The reminders recorded for one item, oldest first. */
    public List<Reminder> forItem(long itemId) {
        return reminders.findByItemIdOrderByRecordedAtAscIdAsc(itemId);
    }

    public boolean mailConfigured() {
        return delivery.configured();
    }

    /** Due, not submitted or accepted, and not reported complete: the items reminders chase. */
    static boolean chased(CycleItem item) {
        return item.requirement() == Requirement.DUE
                && item.workflow().leadMayWrite()
                && item.status() != UpdateStatus.COMPLETE;
    }

    private int remind(
            ReportingCycle cycle,
            CycleItem item,
            ReminderPlan.Occasion occasion,
            List<LeadDelegation> delegations,
            Instant now) {
        int recorded = 0;
        for (Map.Entry<String, Recipient> entry :
                recipients(cycle, item, occasion, delegations).entrySet()) {
            Recipient recipient = entry.getValue();
            if (reminders.existsByItemIdAndOccasionAndRecipient(item.id(), occasion.code(), entry.getKey())) {
                continue;
            }
            String subject = subject(cycle, item, occasion, recipient.escalation());
            String body = body(cycle, item, occasion, recipient);
            Reminder.Delivery result =
                    recipient.email() == null ? Reminder.Delivery.NO_ADDRESS : Reminder.Delivery.OUTBOX;
            Reminder saved = reminders.save(new Reminder(
                    null,
                    item.id(),
                    occasion.code(),
                    occasion.number(),
                    entry.getKey(),
                    recipient.escalation(),
                    result,
                    subject,
                    body,
                    now));
            if (recipient.email() != null) {
                result = delivery.deliver(item.id(), recipient.email(), subject, body);
                if (result != saved.delivery()) {
                    reminders.save(new Reminder(
                            saved.id(),
                            saved.itemId(),
                            saved.occasion(),
                            saved.number(),
                            saved.recipient(),
                            saved.escalation(),
                            result,
                            subject,
                            body,
                            now));
                }
            }
            events.publishEvent(new ReminderSent(
                    cycle.planKey(),
                    cycle.name(),
                    item.commitmentRef(),
                    "system",
                    entry.getKey(),
                    occasion.code(),
                    result.name().toLowerCase(Locale.ROOT)));
            recorded++;
        }
        return recorded;
    }

    private record Recipient(String email, boolean escalation, String lead) {}

    /** Who gets it, keyed by email address (or "account:NAME" / "lead:LEAD" when there is none). */
    private Map<String, Recipient> recipients(
            ReportingCycle cycle, CycleItem item, ReminderPlan.Occasion occasion, List<LeadDelegation> delegations) {
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        List<AccountContact> leads = new ArrayList<>();
        for (String lead : item.leads()) {
            List<AccountContact> holders = new ArrayList<>(accounts.holdersOf(lead));
            delegations.stream()
                    .filter(delegation -> delegation.lead().equals(lead))
                    .forEach(delegation -> accounts.account(delegation.deputy())
                            .filter(AccountContact::enabled)
                            .ifPresent(holders::add));
            if (holders.isEmpty()) {
                recipients.putIfAbsent("lead:" + lead, new Recipient(null, false, lead));
            }
            for (AccountContact holder : holders) {
                leads.add(holder);
                add(recipients, holder, false, lead);
            }
        }
        if (occasion.escalate()) {
            boolean someManager = false;
            for (AccountContact holder : leads) {
                if (holder.manager() != null) {
                    Optional<AccountContact> manager = accounts.account(holder.manager());
                    if (manager.isPresent() && manager.get().enabled()) {
                        add(recipients, manager.get(), true, null);
                        someManager = true;
                    }
                }
            }
            if (!someManager) {
                accounts.account(cycle.openedBy())
                        .filter(AccountContact::enabled)
                        .ifPresent(analyst -> add(recipients, analyst, true, null));
            }
        }
        return recipients;
    }

    private static void add(Map<String, Recipient> recipients, AccountContact who, boolean escalation, String lead) {
        String key =
                who.email() == null ? "account:" + who.username() : who.email().toLowerCase(Locale.ROOT);
        recipients.putIfAbsent(key, new Recipient(who.email(), escalation, lead));
    }

    private static String subject(
            ReportingCycle cycle, CycleItem item, ReminderPlan.Occasion occasion, boolean escalation) {
        String what = "update on " + item.commitmentRef() + " for " + cycle.name();
        if (escalation) {
            return "Escalation: the " + what + " is " + (occasion.code().startsWith("after") ? "overdue" : "not in");
        }
        return switch (occasion.code()) {
            case "before" -> "Reminder: your " + what + " is due by " + DAY.format(cycle.deadline());
            case "on" -> "Reminder: your " + what + " is due today";
            default -> "Overdue: your " + what + " was due on " + DAY.format(cycle.deadline());
        };
    }

    private String body(ReportingCycle cycle, CycleItem item, ReminderPlan.Occasion occasion, Recipient recipient) {
        StringBuilder text = new StringBuilder();
        if (recipient.escalation()) {
            text.append("The update below has not been submitted (reminder ")
                    .append(occasion.number())
                    .append(", ")
                    .append(occasion.words())
                    .append("). You are told as the lead's manager or the cycle's analyst.\n\n");
        } else {
            text.append("Your update is asked for (").append(occasion.words()).append(").\n\n");
        }
        text.append("Cycle: ").append(cycle.name()).append('\n');
        text.append("Deadline: ").append(DAY.format(cycle.deadline())).append('\n');
        text.append("Commitment ")
                .append(item.commitmentRef())
                .append(": ")
                .append(item.commitmentText())
                .append('\n');
        text.append("Lead: ").append(String.join(", ", item.leads())).append("\n\n");
        text.append("Write it here: ")
                .append(baseUrl)
                .append("/my-updates/items/")
                .append(item.id())
                .append('\n');
        return text.toString();
    }
}
