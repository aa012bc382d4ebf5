package org.oversight.updates.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface CycleRepository extends ListCrudRepository<ReportingCycle, Long> {

    List<ReportingCycle> findAllByOrderByPeriodEndDescNameAsc();

    List<ReportingCycle> findByPlanKeyOrderByPeriodEndAsc(String planKey);

    Optional<ReportingCycle> findByPlanKeyAndName(String planKey, String name);

    boolean existsByPlanKeyAndName(String planKey, String name);
}
