package org.oversight.updates.reminders;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A reminder recorded for one item, occasion and recipient (at most once each): sent by email,
 * kept in the outbox when no mail server is configured, or not deliverable for want of an address.
 */
@Table(schema = "updates", name = "reminder")
public record Reminder(
        @Id Long id,
        Long itemId,
        String occasion,
        int number,
        String recipient,
        boolean escalation,
        Delivery delivery,
        String subject,
        String body,
        Instant recordedAt) {

    public enum Delivery {
        SENT("Sent by email"),
        OUTBOX("In the outbox (no mail server configured)"),
        NO_ADDRESS("Not sent: no email address");

        private final String words;

        Delivery(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
