package org.oversight.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.oversight.audit.AuditEntry;
import org.oversight.audit.ChainVerification;
import org.oversight.audit.ChainVerification.BrokenEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recomputes the chain from the stored entries, in order of their numbers, and stops at the first
 * entry that does not verify: one whose number does not follow the one before (an entry was removed
 * or renumbered), whose previous hash is not the hash of the entry before (an entry before it was
 * changed and re-hashed, removed or moved), or whose own hash does not match its fields (it was
 * changed). Finally the last entry must be the chain head, so entries removed from the end are
 * detected too. Nothing is trusted but the stored fields, so it detects tampering by anyone who
 * could bypass the triggers. Streams the entries: memory does not grow with the trail.
 */
@Component
public class ChainVerifier {

    private final JdbcClient jdbc;
    /** Reads rows 500 at a time: PostgreSQL streams them with a cursor inside a transaction. */
    private final JdbcClient streaming;

    ChainVerifier(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(500);
        this.streaming = JdbcClient.create(template);
    }

    /** Runs in the caller's (read-only) transaction, so that the rows are streamed with a cursor. */
    public ChainVerification verify() {
        Walk walk = new Walk();
        streaming
                .sql(
                        """
                        SELECT sequence, recorded_at, username, address, module, action, object_type, object_id,
                            before_state, after_state, summary, previous_hash, hash
                        FROM audit.audit_entry ORDER BY sequence
                        """)
                .query(rs -> {
                    if (walk.broken == null) {
                        walk.check(entry(rs));
                    }
                });
        if (walk.broken == null) {
            jdbc.sql("SELECT sequence, hash FROM audit.chain_head").query(rs -> {
                walk.checkHead(rs.getLong("sequence"), rs.getString("hash").strip());
            });
        }
        return new ChainVerification(walk.verified, walk.previousHash, walk.broken);
    }

    /** The chain as walked so far. */
    static final class Walk {
        long verified;
        long previousSequence;
        String previousHash = EntryHash.GENESIS;
        BrokenEntry broken;

        void check(AuditEntry entry) {
            long expected = previousSequence + 1;
            if (entry.sequence() != expected) {
                broken = new BrokenEntry(
                        entry.sequence(),
                        entry.sequence() > expected
                                ? (expected == entry.sequence() - 1
                                                ? "entry " + expected + " is missing"
                                                : "entries " + expected + " to " + (entry.sequence() - 1)
                                                        + " are missing")
                                        + ": it follows entry " + previousSequence
                                : "its number does not follow entry " + previousSequence);
            } else if (!entry.previousHash().equals(previousHash)) {
                broken = new BrokenEntry(
                        entry.sequence(),
                        previousSequence == 0
                                ? "its previous hash is not the start of the chain (64 zeros)"
                                : "its previous hash is not the hash of entry " + previousSequence
                                        + ": an entry before it was changed and its hash recomputed, removed or"
                                        + " moved");
            } else if (!EntryHash.of(entry).equals(entry.hash())) {
                broken = new BrokenEntry(
                        entry.sequence(), "its fields do not match its hash: it was changed after it was recorded");
            } else {
                verified++;
                previousSequence = entry.sequence();
                previousHash = entry.hash();
            }
        }

        void checkHead(long headSequence, String headHash) {
            if (headSequence > previousSequence) {
                broken = new BrokenEntry(
                        previousSequence + 1,
                        "it is missing: the chain head says the trail runs to entry " + headSequence
                                + " but it ends at entry " + previousSequence + " (entries were removed from the end)");
            } else if (headSequence < previousSequence) {
                verified = headSequence;
                broken = new BrokenEntry(
                        headSequence + 1,
                        "it was added after the chain head (entry " + headSequence
                                + "), not by appending to the trail");
            } else if (!headHash.equals(previousHash)) {
                verified = headSequence - 1;
                broken = new BrokenEntry(
                        headSequence,
                        "its hash is not the one the chain head recorded: it was replaced after it was recorded");
            }
        }
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong("sequence"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("username"),
                rs.getString("address"),
                rs.getString("module"),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("before_state"),
                rs.getString("after_state"),
                rs.getString("summary"),
                strip(rs.getString("previous_hash")),
                strip(rs.getString("hash")));
    }

    private static String strip(String hash) {
        return hash == null ? null : hash.strip();
    }
}
