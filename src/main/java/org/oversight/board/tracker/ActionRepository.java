package org.oversight.board.tracker;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ActionRepository extends ListCrudRepository<Action, Long> {

    List<Action> findByMeetingIdIn(List<Long> meetingIds);
}
