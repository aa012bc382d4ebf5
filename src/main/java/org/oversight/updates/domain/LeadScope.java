package org.oversight.updates.domain;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.oversight.accounts.AccountsApi;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a lead officer may see and change (ADR 0015): the items whose leads meet the leads the
 * account holds, or holds by delegation for the item's cycle. Method security asks
 * {@code @leadScope.mayWrite(#itemId)}; queries ask {@link #leadsIn}.
 */
@Component("leadScope")
public class LeadScope {

    private final AccountsApi accounts;
    private final Cycles cycles;

    LeadScope(AccountsApi accounts, Cycles cycles) {
        this.accounts = accounts;
        this.cycles = cycles;
    }

    /** Whether the signed-in user leads the item (directly or as a deputy for its cycle). */
    @Transactional(readOnly = true)
    public boolean mayWrite(long itemId) {
        String username = currentUser();
        if (username == null) {
            return false;
        }
        return cycles.findItem(itemId).map(item -> leads(item, username)).orElse(false);
    }

    /** Whether the user leads the item. */
    @Transactional(readOnly = true)
    public boolean leads(CycleItem item, String username) {
        return !Collections.disjoint(item.leads(), leadsIn(item.cycleId(), username));
    }

    /** The leads a user holds in a cycle: their own, and those delegated to them for it. */
    @Transactional(readOnly = true)
    public Set<String> leadsIn(long cycleId, String username) {
        Set<String> leads = new HashSet<>(accounts.leadsOf(username));
        if (accounts.account(username).filter(account -> account.enabled()).isPresent()) {
            cycles.delegationsTo(username).stream()
                    .filter(delegation -> delegation.cycleId() == cycleId)
                    .forEach(delegation -> leads.add(delegation.lead()));
        }
        return leads;
    }

    /** The leads a user holds in any cycle: their own, and each delegated to them (with its cycle's id). */
    @Transactional(readOnly = true)
    public List<String> leadsHeld(String username) {
        List<String> leads = new java.util.ArrayList<>(accounts.leadsOf(username));
        cycles.delegationsTo(username).stream()
                .map(delegation -> delegation.lead() + " (deputy for one cycle)")
                .distinct()
                .forEach(leads::add);
        return leads;
    }

    /** The items of a cycle the user leads. */
    @Transactional(readOnly = true)
    public List<CycleItem> itemsLedBy(long cycleId, String username) {
        Set<String> leads = leadsIn(cycleId, username);
        return cycles.items(cycleId).stream()
                .filter(item -> !Collections.disjoint(item.leads(), leads))
                .toList();
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? null : authentication.getName();
    }
}
