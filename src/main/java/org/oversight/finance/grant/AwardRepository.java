package org.oversight.finance.grant;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface AwardRepository extends ListCrudRepository<Award, Long> {

    List<Award> findByRoundIdOrderById(Long roundId);

    long countByRoundId(Long roundId);
}
