package org.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.audit.chain.EntryHash;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes are recorded in the transaction that makes them, one chain for all, and the database
 * keeps the trail append-only.
 */
@SpringBootTest
class AuditTrailTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    TransactionTemplate transaction;

    @BeforeEach
    void scratchTable() {
        transaction = new TransactionTemplate(transactions);
        jdbc.sql("CREATE TABLE IF NOT EXISTS public.audit_test_thing (id TEXT PRIMARY KEY)")
                .update();
    }

    /** Stores a thing and publishes its change, in one transaction. */
    private void change(String id, TestChange change) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO public.audit_test_thing (id) VALUES (:id)")
                    .param("id", id)
                    .update();
            events.publishEvent(change);
        });
    }

    private boolean stored(String id) {
        return jdbc.sql("SELECT count(*) FROM public.audit_test_thing WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                == 1;
    }

    private List<AuditEntry> entriesAbout(String id) {
        return trail.page(new AuditFilter(null, "test", id, null, null), 1, 100, true)
                .entries();
    }

    private static String unique() {
        return "thing-" + UUID.randomUUID();
    }

    @Test
    void aChangeIsRecordedWithEveryFieldAndFollowsTheEntryBefore() {
        String first = unique();
        String id = unique();
        Instant before = Instant.now();

        change(first, new TestChange(first));
        change(id, new TestChange(id));

        List<AuditEntry> entries = entriesAbout(id);
        assertThat(entries).hasSize(1);
        AuditEntry entry = entries.get(0);
        assertThat(entry.user()).isEqualTo("tester");
        assertThat(entry.address()).as("the test's mock request").isEqualTo("127.0.0.1");
        assertThat(entry.module()).isEqualTo("test");
        assertThat(entry.action()).isEqualTo("thing-changed");
        assertThat(entry.objectType()).isEqualTo("thing");
        assertThat(entry.objectId()).isEqualTo(id);
        assertThat(entry.before()).isEqualTo("{\"n\":1}");
        assertThat(entry.after()).isEqualTo("{\"n\":2}");
        assertThat(entry.summary()).isEqualTo("Test change to " + id);
        assertThat(entry.recordedAt()).isBetween(before.minusMillis(1), Instant.now());
        assertThat(entry.hash()).isEqualTo(EntryHash.of(entry));
        AuditEntry previous = entriesAbout(first).get(0);
        assertThat(previous.sequence()).isEqualTo(entry.sequence() - 1);
        assertThat(entry.previousHash()).isEqualTo(previous.hash());
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aChangeWhoseEntryCannotBeWrittenRollsBack() {
        String id = unique();

        assertThatThrownBy(() -> change(id, new TestChange(id, " ", null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the audited change TestChange has no summary: every audit entry needs one");

        assertThat(stored(id)).isFalse();
        assertThat(entriesAbout(id)).isEmpty();
    }

    @Test
    void aChangeThatRollsBackLeavesNoEntry() {
        String id = unique();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    jdbc.sql("INSERT INTO public.audit_test_thing (id) VALUES (:id)")
                            .param("id", id)
                            .update();
                    events.publishEvent(new TestChange(id));
                    throw new IllegalStateException("the change failed after its event");
                }))
                .hasMessage("the change failed after its event");

        assertThat(stored(id)).isFalse();
        assertThat(entriesAbout(id)).isEmpty();
    }

    @Test
    void aChangeMadeOutsideATransactionIsRecordedInOneOfItsOwn() {
        String id = unique();

        events.publishEvent(new TestChange(id));

        assertThat(entriesAbout(id)).hasSize(1);
    }

    @Test
    void theEntryIsAppendedAtTheEndOfItsTransactionSoALongChangeHoldsNobodyUp() throws Exception {
        String slow = unique();
        String quick = unique();
        CountDownLatch published = new CountDownLatch(1);
        CountDownLatch quickDone = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<?> slowChange = thread.submit(() -> transaction.executeWithoutResult(status -> {
                events.publishEvent(new TestChange(slow));
                published.countDown();
                try {
                    // The rest of a long change (an import) happens after its event was published.
                    assertThat(quickDone.await(20, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(published.await(20, TimeUnit.SECONDS)).isTrue();

            change(quick, new TestChange(quick));
            quickDone.countDown();
            slowChange.get(20, TimeUnit.SECONDS);
        } finally {
            thread.shutdownNow();
        }

        assertThat(entriesAbout(slow).get(0).sequence())
                .isGreaterThan(entriesAbout(quick).get(0).sequence());
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void twoThreadsAppendingAtOnceMakeOneIntactChain() throws Exception {
        String prefix = unique();
        long entriesBefore = trail.page(AuditFilter.none(), 1, 1, false).total();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        try {
            for (int t = 0; t < 2; t++) {
                int thread = t;
                running.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < 40; i++) {
                        String id = prefix + "-" + thread + "-" + i;
                        change(id, new TestChange(id));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> done : running) {
                done.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(trail.page(new AuditFilter(null, "test", prefix, null, null), 1, 100, false)
                        .total())
                .isEqualTo(80);
        ChainVerification verification = trail.verify();
        assertThat(verification.intact()).as(verification.sentence()).isTrue();
        assertThat(verification.entries()).isGreaterThanOrEqualTo(entriesBefore + 80);
    }

    /**
     * Runs the statement as the application's role after it has given itself back every privilege on
     * both tables (it owns them, so it can), in a transaction that is rolled back: the triggers are
     * then what refuses.
     */
    private void withPrivilegesRegranted(String statement) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("GRANT ALL ON audit.audit_entry, audit.chain_head TO CURRENT_USER")
                    .update();
            try {
                jdbc.sql(statement).update();
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    @Test
    void theApplicationsRoleHasNoPrivilegeToChangeOrRemoveEntriesOrTheHead() {
        String id = unique();
        change(id, new TestChange(id));
        long sequence = entriesAbout(id).get(0).sequence();

        for (String statement : List.of(
                "UPDATE audit.audit_entry SET summary = 'nothing' WHERE sequence = " + sequence,
                "DELETE FROM audit.audit_entry WHERE sequence = " + sequence,
                "TRUNCATE audit.audit_entry",
                "DELETE FROM audit.chain_head",
                "TRUNCATE audit.chain_head")) {
            assertThatThrownBy(() -> jdbc.sql(statement).update())
                    .as(statement)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("permission denied for table");
        }

        assertThat(entriesAbout(id)).hasSize(1);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void withItsPrivilegesGivenBackTheTriggersStillRefuseToChangeOrRemoveEntries() {
        String id = unique();
        change(id, new TestChange(id));
        long sequence = entriesAbout(id).get(0).sequence();

        assertThatThrownBy(() -> withPrivilegesRegranted(
                        "UPDATE audit.audit_entry SET summary = 'nothing' WHERE sequence = " + sequence))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("the audit trail is append-only: UPDATE on audit.audit_entry is refused");
        assertThatThrownBy(() -> withPrivilegesRegranted("DELETE FROM audit.audit_entry WHERE sequence = " + sequence))
                .rootCause()
                .hasMessageContaining("the audit trail is append-only: DELETE on audit.audit_entry is refused");
        assertThatThrownBy(() -> withPrivilegesRegranted("TRUNCATE audit.audit_entry"))
                .rootCause()
                .hasMessageContaining("the audit trail is append-only: TRUNCATE on audit.audit_entry is refused");

        assertThat(entriesAbout(id)).hasSize(1);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theChainHeadMovesOnlyWhenAnEntryIsAppended() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit.chain_head SET sequence = sequence + 1")
                        .update())
                .rootCause()
                .hasMessageContaining("the audit chain head moves only when an entry is appended");
        assertThatThrownBy(() -> withPrivilegesRegranted("DELETE FROM audit.chain_head"))
                .rootCause()
                .hasMessageContaining("DELETE on audit.chain_head is refused");
        assertThatThrownBy(() -> withPrivilegesRegranted("TRUNCATE audit.chain_head"))
                .rootCause()
                .hasMessageContaining("TRUNCATE on audit.chain_head is refused");
    }

    @Test
    void anEntryThatDoesNotFollowTheLastOneIsRefused() {
        AuditEntry last = trail.page(AuditFilter.none(), 1, 1, false).entries().stream()
                .findFirst()
                .orElseGet(() -> {
                    events.publishEvent(new TestChange(unique()));
                    return trail.page(AuditFilter.none(), 1, 1, false).entries().get(0);
                });

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> jdbc.sql(
                                """
                                INSERT INTO audit.audit_entry (sequence, recorded_at, username, module, action,
                                    object_type, object_id, summary, previous_hash, hash)
                                VALUES (:sequence, now(), 'forger', 'test', 'x', 'x', 'x', 'x', :previous, :hash)
                                """)
                        .param("sequence", last.sequence() + 2)
                        .param("previous", last.hash())
                        .param("hash", "e".repeat(64))
                        .update()))
                .rootCause()
                .hasMessageContaining("audit entry " + (last.sequence() + 2) + " does not follow the last entry");
    }
}
