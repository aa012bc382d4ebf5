package org.oversight.updates.reminders;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface ReminderRepository extends ListCrudRepository<Reminder, Long> {

    List<Reminder> findAllByOrderByRecordedAtDescIdDesc();

    List<Reminder> findByItemIdOrderByRecordedAtAscIdAsc(long itemId);

    boolean existsByItemIdAndOccasionAndRecipient(long itemId, String occasion, String recipient);
}
