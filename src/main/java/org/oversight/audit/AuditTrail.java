package org.oversight.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.oversight.audit.chain.ChainVerifier;
import org.oversight.audit.entries.AuditEntries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: reading it and verifying its chain. Entries are written only by the audit module
 * itself, from the {@link org.oversight.shared.AuditedChange} events modules publish; there is no
 * way to change or remove one.
 */
@Service
public class AuditTrail {

    /** The largest page {@link #page} gives. */
    public static final int MAX_PAGE_SIZE = 500;

    private final AuditEntries entries;
    private final ChainVerifier verifier;

    AuditTrail(AuditEntries entries, ChainVerifier verifier) {
        this.entries = entries;
        this.verifier = verifier;
    }

    /**
     * Recomputes every entry's hash and the links between them, in order, and compares the last with
     * the chain head: the first entry that does not verify, or how many entries are intact.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        return verifier.verify();
    }

    /** The entry with this number; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<AuditEntry> entry(long sequence) {
        return entries.find(sequence);
    }

    /**
     * One page of the entries the filter lets through, newest first.
     *
     * @param page 1-based; a page after the last is empty
     * @param size entries per page, from 1 to {@value #MAX_PAGE_SIZE}
     * @param withStates whether entries carry their before and after states (left {@code null}
     *     otherwise, for lists that show only the summary)
     */
    @Transactional(readOnly = true)
    public AuditPage page(AuditFilter filter, int page, int size, boolean withStates) {
        if (page < 1) {
            throw new IllegalArgumentException("the page must be 1 or more, was " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("the page size must be from 1 to " + MAX_PAGE_SIZE + ", was " + size);
        }
        return new AuditPage(
                entries.find(filter, (long) (page - 1) * size, size, withStates), page, size, entries.count(filter));
    }

    /** Every entry the filter lets through, oldest first, with its states: for exports of any size. */
    @Transactional(readOnly = true)
    public void each(AuditFilter filter, Consumer<AuditEntry> consumer) {
        entries.each(filter, consumer);
    }

    /** The modules that have recorded changes, in alphabetical order. */
    @Transactional(readOnly = true)
    public List<String> modules() {
        return entries.modules();
    }
}
