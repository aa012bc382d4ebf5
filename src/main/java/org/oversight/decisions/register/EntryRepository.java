package org.oversight.decisions.register;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface EntryRepository extends ListCrudRepository<Entry, Long> {

    Optional<Entry> findByNumber(String number);
}
