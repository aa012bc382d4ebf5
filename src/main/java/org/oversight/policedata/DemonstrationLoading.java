package org.oversight.policedata;

import java.time.Instant;

/**
 * The demonstration data being loaded in the background on a first start, or the reason it failed.
 *
 * @param filesDone files loaded so far
 * @param filesTotal files to load
 * @param startedAt when loading started
 * @param failure why loading stopped, null while it runs; Oversight tries again on its next start
 */
public record DemonstrationLoading(int filesDone, int filesTotal, Instant startedAt, String failure) {

    public boolean failed() {
        return failure != null;
    }

    /** "Loading demonstration police data: 40 of 108 files", or what went wrong. */
    public String message() {
        if (failed()) {
            return "The demonstration police data could not be loaded: " + failure
                    + ". Oversight will try again when it next starts; its log has the details.";
        }
        return "Loading demonstration police data: " + filesDone + " of " + filesTotal + " files";
    }
}
