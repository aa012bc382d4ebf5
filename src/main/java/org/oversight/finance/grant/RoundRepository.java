package org.oversight.finance.grant;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface RoundRepository extends ListCrudRepository<Round, Long> {

    Optional<Round> findBySchemeIdAndYearStart(Long schemeId, int yearStart);

    List<Round> findBySchemeIdOrderByYearStartDesc(Long schemeId);
}
