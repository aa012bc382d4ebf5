package org.oversight.plan.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PlanRepository extends ListCrudRepository<Plan, Long> {

    Optional<Plan> findByKey(String key);

    List<Plan> findAllByOrderByTitleAsc();
}
