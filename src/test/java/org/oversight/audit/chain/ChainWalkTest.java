package org.oversight.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.audit.AuditEntries.aChainOf;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.audit.AuditEntries;
import org.oversight.audit.AuditEntry;
import org.oversight.audit.ChainVerification;

/** Each way the chain can be broken is found, at the first entry that does not verify. */
class ChainWalkTest {

    private static ChainVerification walk(List<AuditEntry> entries, long headSequence, String headHash) {
        ChainVerifier.Walk walk = new ChainVerifier.Walk();
        for (AuditEntry entry : entries) {
            if (walk.broken == null) {
                walk.check(entry);
            }
        }
        if (walk.broken == null) {
            walk.checkHead(headSequence, headHash);
        }
        return new ChainVerification(walk.verified, walk.previousHash, walk.broken);
    }

    /** The chain with its head where appending left it. */
    private static ChainVerification walk(List<AuditEntry> entries, List<AuditEntry> asAppended) {
        AuditEntry last = asAppended.get(asAppended.size() - 1);
        return walk(entries, last.sequence(), last.hash());
    }

    @Test
    void anIntactChainVerifiesEveryEntryAndEndsAtTheLatestHash() {
        List<AuditEntry> chain = aChainOf(5);

        ChainVerification result = walk(chain, chain);

        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(5);
        assertThat(result.latestHash()).isEqualTo(chain.get(4).hash());
        assertThat(result.sentence()).startsWith("The audit trail is intact: 5 entries verified");
    }

    @Test
    void anEmptyTrailIsIntact() {
        ChainVerification result = walk(List.of(), 0, EntryHash.GENESIS);

        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isZero();
    }

    @Test
    void aChangedFieldIsFoundAtTheEntryThatWasChanged() {
        List<AuditEntry> chain = new ArrayList<>(aChainOf(5));
        chain.set(2, AuditEntries.withSummary(chain.get(2), "nothing happened here"));

        ChainVerification result = walk(chain, aChainOf(5));

        assertThat(result.intact()).isFalse();
        assertThat(result.broken().sequence()).isEqualTo(3);
        assertThat(result.broken().problem()).contains("its fields do not match its hash");
        assertThat(result.entries()).isEqualTo(2);
    }

    @Test
    void aRemovedEntryIsFoundAtTheEntryAfterIt() {
        List<AuditEntry> chain = new ArrayList<>(aChainOf(5));
        chain.remove(2);

        ChainVerification result = walk(chain, aChainOf(5));

        assertThat(result.broken().sequence()).isEqualTo(4);
        assertThat(result.broken().problem()).isEqualTo("entry 3 is missing: it follows entry 2");
    }

    @Test
    void aRemovedFirstEntryIsFound() {
        List<AuditEntry> chain = new ArrayList<>(aChainOf(3));
        chain.remove(0);

        ChainVerification result = walk(chain, aChainOf(3));

        assertThat(result.broken().sequence()).isEqualTo(2);
        assertThat(result.broken().problem()).startsWith("entry 1 is missing");
    }

    @Test
    void aRemovedEntryWhoseSuccessorWasRenumberedIsFoundByItsBrokenLink() {
        List<AuditEntry> chain = new ArrayList<>(aChainOf(5));
        chain.remove(2);
        chain.set(2, AuditEntries.withSequence(chain.get(2), 3));
        chain.set(3, AuditEntries.withSequence(chain.get(3), 4));

        ChainVerification result = walk(chain, aChainOf(5));

        assertThat(result.broken().sequence()).isEqualTo(3);
        assertThat(result.broken().problem()).startsWith("its previous hash is not the hash of entry 2");
    }

    @Test
    void swappedEntriesAreFound() {
        List<AuditEntry> chain = aChainOf(5);
        List<AuditEntry> swapped = new ArrayList<>(chain);
        swapped.set(1, AuditEntries.withSequence(chain.get(2), 2));
        swapped.set(2, AuditEntries.withSequence(chain.get(1), 3));

        ChainVerification result = walk(swapped, chain);

        assertThat(result.broken().sequence()).isEqualTo(2);
    }

    @Test
    void aChangedEntryWhoseHashWasRecomputedIsFoundAtTheNextEntry() {
        List<AuditEntry> chain = new ArrayList<>(aChainOf(5));
        AuditEntry forged = AuditEntries.withSummary(chain.get(2), "nothing happened here");
        chain.set(2, AuditEntries.withHash(forged, EntryHash.of(forged)));

        ChainVerification result = walk(chain, aChainOf(5));

        assertThat(result.broken().sequence()).isEqualTo(4);
        assertThat(result.broken().problem()).startsWith("its previous hash is not the hash of entry 3");
    }

    @Test
    void aHashForgedWithoutThePreviousHashIsFound() {
        List<AuditEntry> chain = new ArrayList<>(aChainOf(5));
        AuditEntry changed = AuditEntries.withSummary(chain.get(2), "nothing happened here");
        // A forger who does not know the chain hashes the fields alone (no previous hash).
        AuditEntry unlinked = new AuditEntry(
                changed.sequence(),
                changed.recordedAt(),
                changed.user(),
                changed.address(),
                changed.module(),
                changed.action(),
                changed.objectType(),
                changed.objectId(),
                changed.before(),
                changed.after(),
                changed.summary(),
                EntryHash.GENESIS,
                null);
        chain.set(2, AuditEntries.withHash(changed, EntryHash.of(unlinked)));

        ChainVerification result = walk(chain, aChainOf(5));

        assertThat(result.broken().sequence()).isEqualTo(3);
        assertThat(result.broken().problem()).contains("its fields do not match its hash");
    }

    @Test
    void entriesRemovedFromTheEndAreFoundByTheChainHead() {
        List<AuditEntry> chain = aChainOf(5);

        ChainVerification result = walk(chain.subList(0, 3), chain);

        assertThat(result.broken().sequence()).isEqualTo(4);
        assertThat(result.broken().problem()).contains("the chain head says the trail runs to entry 5");
        assertThat(result.entries()).isEqualTo(3);
    }

    @Test
    void anEntryAddedBehindTheChainHeadIsFound() {
        List<AuditEntry> chain = aChainOf(5);

        ChainVerification result =
                walk(chain, chain.get(3).sequence(), chain.get(3).hash());

        assertThat(result.broken().sequence()).isEqualTo(5);
        assertThat(result.broken().problem()).contains("added after the chain head (entry 4)");
        assertThat(result.entries()).isEqualTo(4);
    }

    @Test
    void aLastEntryReplacedWithItsHashRecomputedIsFoundByTheChainHead() {
        List<AuditEntry> chain = new ArrayList<>(aChainOf(5));
        AuditEntry forged = AuditEntries.withSummary(chain.get(4), "nothing happened here");
        chain.set(4, AuditEntries.withHash(forged, EntryHash.of(forged)));

        ChainVerification result = walk(chain, aChainOf(5));

        assertThat(result.broken().sequence()).isEqualTo(5);
        assertThat(result.broken().problem()).contains("not the one the chain head recorded");
    }

    @Test
    void theFirstEntryMustFollowTheGenesisHash() {
        List<AuditEntry> chain = new ArrayList<>(aChainOf(2));
        AuditEntry first = AuditEntries.anEntry().previousHash("1".repeat(64)).hashed();
        chain.set(0, first);

        ChainVerification result = walk(chain, chain);

        assertThat(result.broken().sequence()).isEqualTo(1);
        assertThat(result.broken().problem()).isEqualTo("its previous hash is not the start of the chain (64 zeros)");
    }
}
