package org.oversight.plan.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.repository.ListCrudRepository;

interface PlanVersionRepository extends ListCrudRepository<PlanVersion, Long> {

    Optional<PlanVersion> findByPlanIdAndLabel(AggregateReference<Plan, Long> planId, String label);

    List<PlanVersion> findByPlanIdOrderByIdAsc(AggregateReference<Plan, Long> planId);
}
