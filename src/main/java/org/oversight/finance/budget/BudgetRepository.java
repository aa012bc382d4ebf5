package org.oversight.finance.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface BudgetRepository extends ListCrudRepository<Budget, Long> {

    Optional<Budget> findByYearStart(int yearStart);

    List<Budget> findAllByOrderByYearStartDesc();
}
