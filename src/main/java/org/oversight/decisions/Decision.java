package org.oversight.decisions;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A decision in the register.
 *
 * @param number the register's number for it ("004-2019", "004A-2018"), which names it in addresses
 * @param decisionMaker who made it ("Police and Crime Commissioner")
 * @param confidential whether it is a confidential (often commercially confidential) decision, of
 *     which only what the register shows is published
 * @param source where the entry comes from, when it is not the office's own record
 * @param example whether it is example data built from the seed documents
 * @param notice the published decision notice, or null when none is attached
 */
public record Decision(
        String number,
        String title,
        LocalDate decidedOn,
        String decisionMaker,
        String summary,
        String financialImplications,
        boolean confidential,
        String source,
        boolean example,
        Notice notice,
        int version) {

    /**
     * The published decision notice's file: its name as uploaded, its checked type, size and
     * SHA-256, and who attached it when.
     */
    public record Notice(
            String fileName, String contentType, long size, String sha256, Instant uploadedAt, String uploadedBy) {

        /** The file's kind in words: "PDF", "Word document", "OpenDocument text". */
        public String kind() {
            return NoticeType.fromContentType(contentType)
                    .map(NoticeType::words)
                    .orElse(contentType);
        }
    }
}
