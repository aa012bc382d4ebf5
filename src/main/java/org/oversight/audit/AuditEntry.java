package org.oversight.audit;

import java.time.Instant;

/**
 * One recorded change, as stored.
 *
 * @param sequence its place in the chain, from 1, without gaps
 * @param recordedAt when it was recorded (to the microsecond), just before the change was committed
 * @param user who made the change: a user name, {@code cli:NAME} on the command line, {@code system}
 * @param address the caller's network address in a web request; {@code null} otherwise
 * @param before the object before the change (JSON or text), {@code null} when new or not kept
 * @param after the object after the change (JSON or text), {@code null} when gone or not kept
 * @param previousHash the hash of the entry before (64 zeros for the first)
 * @param hash SHA-256 of this entry's fields and {@code previousHash}, in lower-case hexadecimal
 */
public record AuditEntry(
        long sequence,
        Instant recordedAt,
        String user,
        String address,
        String module,
        String action,
        String objectType,
        String objectId,
        String before,
        String after,
        String summary,
        String previousHash,
        String hash) {}
