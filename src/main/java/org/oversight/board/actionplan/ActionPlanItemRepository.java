package org.oversight.board.actionplan;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ActionPlanItemRepository extends ListCrudRepository<ActionPlanItem, Long> {

    List<ActionPlanItem> findByActionPlanIdOrderByPosition(long actionPlanId);
}
