package org.oversight.board.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

    List<Meeting> findAllByOrderByMeetingOnDescPlanKeyAsc();

    List<Meeting> findByPlanKeyOrderByMeetingOnAsc(String planKey);

    Optional<Meeting> findByPlanKeyAndMeetingOn(String planKey, LocalDate meetingOn);
}
