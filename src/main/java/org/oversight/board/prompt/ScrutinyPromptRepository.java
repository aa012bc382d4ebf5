package org.oversight.board.prompt;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ScrutinyPromptRepository extends ListCrudRepository<ScrutinyPrompt, Long> {

    List<ScrutinyPrompt> findByMeetingIdOrderById(long meetingId);
}
