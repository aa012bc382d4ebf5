package org.oversight.audit.chain;

import org.oversight.shared.AuditedChange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records every {@link AuditedChange} a module publishes, synchronously, in the transaction that
 * made the change, just before it commits: if the entry cannot be written the change rolls back, and
 * a change that rolls back leaves no entry. Appending at the end of the transaction (rather than
 * when the event is published) holds the chain's lock only for the moment of the commit, however
 * long the change took. A change published outside any transaction (a sign-in) is recorded at once
 * in a transaction of its own.
 */
@Component
class AuditRecorder {

    private final ChainAppender appender;
    private final TransactionTemplate transaction;

    AuditRecorder(ChainAppender appender, PlatformTransactionManager transactions) {
        this.appender = appender;
        this.transaction = new TransactionTemplate(transactions);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    public void record(AuditedChange change) {
        String address = CallerAddress.current();
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            appender.append(change, address);
        } else {
            transaction.executeWithoutResult(status -> appender.append(change, address));
        }
    }
}
