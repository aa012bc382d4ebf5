package org.oversight.accounts.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    @Query("SELECT * FROM accounts.user_account WHERE lower(username) = lower(:username)")
    Optional<UserAccount> findByUsernameIgnoringCase(String username);

    List<UserAccount> findAllByOrderByUsernameAsc();
}
