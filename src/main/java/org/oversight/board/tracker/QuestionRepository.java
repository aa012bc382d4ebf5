package org.oversight.board.tracker;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface QuestionRepository extends ListCrudRepository<Question, Long> {

    List<Question> findByMeetingIdOrderByRaisedAtAscIdAsc(long meetingId);

    List<Question> findByAnswerIsNullOrderByRaisedAtAsc();
}
