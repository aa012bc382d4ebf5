package org.oversight.updates.domain;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface DelegationRepository extends ListCrudRepository<LeadDelegation, Long> {

    List<LeadDelegation> findByCycleIdOrderByLeadAscDeputyAsc(long cycleId);

    List<LeadDelegation> findByDeputy(String deputy);
}
