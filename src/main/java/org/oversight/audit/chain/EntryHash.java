package org.oversight.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.oversight.audit.AuditEntry;

/**
 * The hash of an audit entry: SHA-256 over a canonical serialisation of every field and the previous
 * entry's hash, so that changing any field, removing an entry or moving one changes a hash. The
 * serialisation (documented in {@code docs/audit.md}, so that other tools can recompute it) is UTF-8
 * text, one field a line in a fixed order, each written {@code name:LENGTH:VALUE} with LENGTH the
 * value's size in UTF-8 bytes, or {@code name:-} when there is no value; the time is an ISO 8601
 * instant in UTC with exactly six decimals.
 */
public final class EntryHash {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    static final String VERSION = "oversight-audit-entry-v1";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private EntryHash() {}

    /** The hash the entry must carry, from its fields and previous hash (its own {@code hash} is ignored). */
    public static String of(AuditEntry entry) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical(entry).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The text the hash is computed over. */
    static String canonical(AuditEntry entry) {
        StringBuilder text = new StringBuilder(256).append(VERSION).append('\n');
        field(text, "sequence", Long.toString(entry.sequence()));
        field(text, "recorded-at", time(entry.recordedAt()));
        field(text, "user", entry.user());
        field(text, "address", entry.address());
        field(text, "module", entry.module());
        field(text, "action", entry.action());
        field(text, "object-type", entry.objectType());
        field(text, "object-id", entry.objectId());
        field(text, "before", entry.before());
        field(text, "after", entry.after());
        field(text, "summary", entry.summary());
        field(text, "previous-hash", entry.previousHash());
        return text.toString();
    }

    /** An instant as stored: PostgreSQL keeps microseconds, so finer parts are dropped before hashing. */
    public static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The time as hashed and exported: {@code 2026-12-06T14:03:07.123456Z}. */
    public static String time(Instant at) {
        return TIME.format(stored(at));
    }

    private static void field(StringBuilder text, String name, String value) {
        text.append(name).append(':');
        if (value == null) {
            text.append('-');
        } else {
            text.append(value.getBytes(StandardCharsets.UTF_8).length)
                    .append(':')
                    .append(value);
        }
        text.append('\n');
    }
}
