package org.oversight.updates.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface CycleItemRepository extends ListCrudRepository<CycleItem, Long> {

    List<CycleItem> findByCycleIdOrderByPosition(long cycleId);

    Optional<CycleItem> findByCycleIdAndCommitmentRef(long cycleId, String commitmentRef);
}
