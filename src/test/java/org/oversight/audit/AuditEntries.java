package org.oversight.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.oversight.audit.chain.EntryHash;

/** Test builders: an audit entry with sensible defaults, and chains of correctly hashed entries. */
public final class AuditEntries {

    private AuditEntries() {}

    public static Builder anEntry() {
        return new Builder();
    }

    /** {@code count} entries from number 1, each hashed and linked to the one before. */
    public static List<AuditEntry> aChainOf(int count) {
        List<AuditEntry> chain = new ArrayList<>();
        String previous = EntryHash.GENESIS;
        for (int i = 1; i <= count; i++) {
            AuditEntry entry = anEntry()
                    .sequence(i)
                    .objectId("object-" + i)
                    .recordedAt(Instant.parse("2026-12-06T10:00:00Z").plusSeconds(i))
                    .previousHash(previous)
                    .hashed();
            chain.add(entry);
            previous = entry.hash();
        }
        return chain;
    }

    /** The entry with one field replaced, its hash left as it was. */
    public static AuditEntry withSummary(AuditEntry entry, String summary) {
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
                summary,
                entry.previousHash(),
                entry.hash());
    }

    public static AuditEntry withSequence(AuditEntry entry, long sequence) {
        return new AuditEntry(
                sequence,
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
                entry.hash());
    }

    public static AuditEntry withHash(AuditEntry entry, String hash) {
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

    public static final class Builder {
        private long sequence = 1;
        private Instant recordedAt = Instant.parse("2026-12-06T10:15:30.123456Z");
        private String user = "ana";
        private String address = "203.0.113.7";
        private String module = "plan";
        private String action = "objective-edited";
        private String objectType = "objective";
        private String objectId = "wm-police-and-crime-plan/2014-15/4.1";
        private String before = "{\"title\":\"Old\"}";
        private String after = "{\"title\":\"New\"}";
        private String summary = "Objective 4.1 edited";
        private String previousHash = EntryHash.GENESIS;

        public Builder sequence(long value) {
            sequence = value;
            return this;
        }

        public Builder recordedAt(Instant value) {
            recordedAt = value;
            return this;
        }

        public Builder user(String value) {
            user = value;
            return this;
        }

        public Builder address(String value) {
            address = value;
            return this;
        }

        public Builder module(String value) {
            module = value;
            return this;
        }

        public Builder action(String value) {
            action = value;
            return this;
        }

        public Builder objectType(String value) {
            objectType = value;
            return this;
        }

        public Builder objectId(String value) {
            objectId = value;
            return this;
        }

        public Builder before(String value) {
            before = value;
            return this;
        }

        public Builder after(String value) {
            after = value;
            return this;
        }

        public Builder summary(String value) {
            summary = value;
            return this;
        }

        public Builder previousHash(String value) {
            previousHash = value;
            return this;
        }

        /** Without a hash. */
        public AuditEntry build() {
            return new AuditEntry(
                    sequence,
                    recordedAt,
                    user,
                    address,
                    module,
                    action,
                    objectType,
                    objectId,
                    before,
                    after,
                    summary,
                    previousHash,
                    null);
        }

        /** With the hash its fields give. */
        public AuditEntry hashed() {
            AuditEntry entry = build();
            return withHash(entry, EntryHash.of(entry));
        }
    }
}
