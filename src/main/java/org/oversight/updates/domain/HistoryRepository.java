package org.oversight.updates.domain;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface HistoryRepository extends ListCrudRepository<HistoryEntry, Long> {

    List<HistoryEntry> findByItemIdOrderByAtAscIdAsc(long itemId);
}
