package org.oversight.audit.chain;

import java.sql.Timestamp;
import java.time.Clock;
import org.oversight.audit.AuditEntry;
import org.oversight.shared.AuditedChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends entries to the chain inside the caller's transaction. The chain head's row is locked first
 * ({@code SELECT … FOR UPDATE}), so concurrent transactions append one after the other and each
 * entry follows the one committed before it: the chain never forks. The lock is held until the
 * transaction ends, which is why entries are appended just before commit (see {@link AuditRecorder}).
 */
@Component
public class ChainAppender {

    private record Head(long sequence, String hash) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ChainAppender(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a change; must run in a transaction. Throws {@link IllegalArgumentException} naming
     * the field when the change leaves out something every entry needs.
     *
     * @param address the caller's network address, or {@code null} outside a web request
     */
    public AuditEntry append(AuditedChange change, String address) {
        String kind = change.getClass().getSimpleName();
        String module = required(change.module(), "module", kind);
        String action = required(change.action(), "action", kind);
        String objectType = required(change.objectType(), "objectType", kind);
        String objectId = required(change.objectId(), "objectId", kind);
        String user = required(change.by(), "by", kind);
        String summary = required(change.summary(), "summary", kind);
        Head head = jdbc.sql("SELECT sequence, hash FROM audit.chain_head FOR UPDATE")
                .query((rs, row) -> new Head(rs.getLong("sequence"), rs.getString("hash")))
                .single();
        AuditEntry entry = new AuditEntry(
                head.sequence() + 1,
                EntryHash.stored(clock.instant()),
                user,
                address,
                module,
                action,
                objectType,
                objectId,
                change.before(),
                change.after(),
                summary,
                head.hash(),
                null);
        entry = withHash(entry, EntryHash.of(entry));
        jdbc.sql(
                        """
                        INSERT INTO audit.audit_entry (sequence, recorded_at, username, address, module, action,
                            object_type, object_id, before_state, after_state, summary, previous_hash, hash)
                        VALUES (:sequence, :at, :user, :address, :module, :action, :objectType, :objectId,
                            :before, :after, :summary, :previousHash, :hash)
                        """)
                .param("sequence", entry.sequence())
                .param("at", Timestamp.from(entry.recordedAt()))
                .param("user", entry.user())
                .param("address", entry.address())
                .param("module", entry.module())
                .param("action", entry.action())
                .param("objectType", entry.objectType())
                .param("objectId", entry.objectId())
                .param("before", entry.before())
                .param("after", entry.after())
                .param("summary", entry.summary())
                .param("previousHash", entry.previousHash())
                .param("hash", entry.hash())
                .update();
        return entry;
    }

    static AuditEntry withHash(AuditEntry entry, String hash) {
        return new AuditEntry(
                entry.sequence(),
                entry.recordedAt(),
                entry.user(),
                entry.address(),
                entry.module(),
                entry.action(),
                entry.objectType(),
                entry.objectId(),
                entry.before(),
                entry.after(),
                entry.summary(),
                entry.previousHash(),
                hash);
    }

    private static String required(String value, String field, String kind) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    "the audited change " + kind + " has no " + field + ": every audit entry needs one");
        }
        return value;
    }
}
