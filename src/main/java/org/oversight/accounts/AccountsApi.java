package org.oversight.accounts;

import java.util.List;
import java.util.Optional;
import org.oversight.accounts.domain.UserAccount;
import org.oversight.accounts.domain.UserAccounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts for other modules: who holds a lead, an account's leads, email and manager. Read only. */
@Service
public class AccountsApi {

    private final UserAccounts accounts;

    AccountsApi(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** The account of that name (any case), if there is one. */
    @Transactional(readOnly = true)
    public Optional<AccountContact> account(String username) {
        return accounts.byName(username).map(UserAccount::contact);
    }

    /** The leads an account holds (none for an unknown or disabled account). */
    @Transactional(readOnly = true)
    public List<String> leadsOf(String username) {
        return account(username)
                .filter(AccountContact::enabled)
                .map(AccountContact::leads)
                .orElse(List.of());
    }

    /** The enabled lead officers holding a lead, by user name. */
    @Transactional(readOnly = true)
    public List<AccountContact> holdersOf(String lead) {
        return leadOfficers().stream()
                .filter(contact -> contact.leads().contains(lead))
                .toList();
    }

    /** Every enabled lead officer, by user name. */
    @Transactional(readOnly = true)
    public List<AccountContact> leadOfficers() {
        return accounts.all().stream()
                .map(UserAccount::contact)
                .filter(contact -> contact.enabled() && contact.role() == Role.LEAD_OFFICER)
                .toList();
    }
}
