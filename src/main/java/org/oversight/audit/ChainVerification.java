package org.oversight.audit;

/**
 * What verifying the audit trail's chain found.
 *
 * @param entries how many entries were checked: all of them when intact, those before the first
 *     broken one otherwise
 * @param latestHash the hash of the last entry checked (64 zeros when there is none): keep it
 *     somewhere else to be able to show later that no entries were removed from the end
 * @param broken the first entry that does not verify, or {@code null} when the chain is intact
 */
public record ChainVerification(long entries, String latestHash, BrokenEntry broken) {

    /**
     * An entry that does not verify.
     *
     * @param sequence the entry's number
     * @param problem what is wrong, in a sentence
     */
    public record BrokenEntry(long sequence, String problem) {}

    public boolean intact() {
        return broken == null;
    }

    /** One line for people: "intact: N entries" or the first entry that does not verify. */
    public String sentence() {
        if (intact()) {
            return "The audit trail is intact: " + entries + (entries == 1 ? " entry" : " entries")
                    + " verified; the latest hash is " + latestHash + ".";
        }
        return "The audit trail does not verify at entry " + broken.sequence() + ": " + broken.problem() + " ("
                + entries + (entries == 1 ? " entry" : " entries") + " before it verified).";
    }
}
