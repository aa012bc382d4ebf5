package org.oversight.board.tracker;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ActionNoteRepository extends ListCrudRepository<ActionNote, Long> {

    List<ActionNote> findByActionIdOrderByWrittenAtAscIdAsc(long actionId);
}
