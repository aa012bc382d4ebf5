package org.oversight.updates.reminders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a reminder through the mail server Spring Boot configures from {@code SPRING_MAIL_*}; with
 * none configured (no {@code spring.mail.host}) it is left in the outbox and logged.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final ReminderSettings settings;

    MailDelivery(ObjectProvider<JavaMailSender> mail, ReminderSettings settings) {
        this.mail = mail;
        this.settings = settings;
    }

    boolean configured() {
        return mail.getIfAvailable() != null;
    }

    /** Sends it, or says it stays in the outbox; a failed send throws. */
    Reminder.Delivery deliver(long reminderItem, String to, String subject, String body) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("event=reminder_outbox item={} subject=\"{}\"", reminderItem, subject);
            return Reminder.Delivery.OUTBOX;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        sender.send(message);
        log.info("event=reminder_sent item={}", reminderItem);
        return Reminder.Delivery.SENT;
    }
}
