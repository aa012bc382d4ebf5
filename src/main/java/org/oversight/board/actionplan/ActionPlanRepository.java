package org.oversight.board.actionplan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ActionPlanRepository extends ListCrudRepository<ActionPlan, Long> {

    List<ActionPlan> findAllByOrderByPosition();

    Optional<ActionPlan> findByCode(String code);
}
