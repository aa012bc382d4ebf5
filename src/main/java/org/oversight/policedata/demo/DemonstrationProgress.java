package org.oversight.policedata.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.oversight.policedata.DemonstrationLoading;
import org.springframework.stereotype.Component;

/**
 * How far the demonstration data have loaded, for pages and for anyone who must wait for them. Empty
 * when nothing is loading (never started, or finished).
 */
@Component
public class DemonstrationProgress {

    private DemonstrationLoading loading;

    public synchronized Optional<DemonstrationLoading> current() {
        return Optional.ofNullable(loading);
    }

    synchronized int filesDone() {
        return loading == null ? 0 : loading.filesDone();
    }

    synchronized void started(int filesTotal, Instant at) {
        loading = new DemonstrationLoading(0, filesTotal, at, null);
    }

    synchronized void fileDone() {
        loading = new DemonstrationLoading(loading.filesDone() + 1, loading.filesTotal(), loading.startedAt(), null);
    }

    synchronized void finished() {
        loading = null;
        notifyAll();
    }

    synchronized void failed(String failure) {
        loading = new DemonstrationLoading(loading.filesDone(), loading.filesTotal(), loading.startedAt(), failure);
        notifyAll();
    }

    /**
     * Waits until nothing is loading any more (loaded, failed or stopped) or the timeout passes.
     *
     * @return true when the data finished loading (or none was loading), false on failure or timeout
     */
    public synchronized boolean await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (loading != null && !loading.failed()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return loading == null;
    }
}
