package org.oversight.finance.grant;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface SchemeRepository extends ListCrudRepository<Scheme, Long> {

    Optional<Scheme> findBySlug(String slug);

    List<Scheme> findAllByOrderByName();
}
