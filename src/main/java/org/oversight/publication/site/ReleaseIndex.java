package org.oversight.publication.site;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.oversight.publication.PublicationKinds;
import org.oversight.publication.PublicationReleased;
import org.oversight.publication.PublishedSnapshot;
import org.oversight.publication.release.ReleaseStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What is on the public site: every release, read from the database when something has been
 * released since (a release in this process says so when it commits; one by another process, such
 * as the command line, is noticed within {@link #RECHECK_NANOS}). Requests in between read memory only.
 */
@Component
class ReleaseIndex {

    static final long RECHECK_NANOS = 2_000_000_000L;

    private final ReleaseStore store;
    private volatile Releases releases;
    private volatile long checkedAt;
    private volatile boolean stale = true;

    ReleaseIndex(ReleaseStore store) {
        this.store = store;
    }

    /** The releases as they stand. */
    Releases current() {
        long now = System.nanoTime();
        Releases known = releases;
        if (stale || known == null || now - checkedAt > RECHECK_NANOS) {
            synchronized (this) {
                if (stale || releases == null || now - checkedAt > RECHECK_NANOS) {
                    stale = false;
                    long count = store.releaseCount();
                    if (releases == null || releases.count() != count) {
                        List<PublishedSnapshot> all = store.releases();
                        releases = new Releases(all.size(), all);
                    }
                    checkedAt = System.nanoTime();
                }
                known = releases;
            }
        }
        return known;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void released(PublicationReleased event) {
        stale = true;
    }

    /**
     * Every release, newest first.
     *
     * @param count how many there are: a page rendered with fewer is out of date (it may not say that a
     *     later version corrects it)
     */
    record Releases(long count, List<PublishedSnapshot> all) {

        Releases {
            all = List.copyOf(all);
        }

        /** The latest released version of a document. */
        Optional<PublishedSnapshot> latest(String kind, String periodSlug) {
            return all.stream()
                    .filter(r -> r.kind().equals(kind) && r.periodSlug().equals(periodSlug))
                    .max(Comparator.comparingInt(PublishedSnapshot::version));
        }

        /** Every released version of a document, oldest first. */
        List<PublishedSnapshot> versions(String kind, String periodSlug) {
            return all.stream()
                    .filter(r -> r.kind().equals(kind) && r.periodSlug().equals(periodSlug))
                    .sorted(Comparator.comparingInt(PublishedSnapshot::version))
                    .toList();
        }

        Optional<PublishedSnapshot> snapshot(long snapshotId) {
            return all.stream().filter(r -> r.snapshotId() == snapshotId).findFirst();
        }

        /** The latest quarter's slug with a released publication. */
        Optional<String> latestQuarter() {
            return all.stream()
                    .filter(r -> r.kind().equals(PublicationKinds.PUBLICATION))
                    .map(PublishedSnapshot::periodSlug)
                    .max(Comparator.naturalOrder());
        }

        /** The quarter a request names: a slug, or {@code latest}. */
        Optional<PublishedSnapshot> quarter(String period) {
            String slug = "latest".equals(period) ? latestQuarter().orElse("") : period;
            return latest(PublicationKinds.PUBLICATION, slug);
        }

        /** The released periods of a kind, newest first. */
        List<PublishedSnapshot> latestOfEach(String kind) {
            return all.stream()
                    .filter(r -> r.kind().equals(kind))
                    .map(r -> latest(kind, r.periodSlug()).orElseThrow())
                    .distinct()
                    .sorted(Comparator.comparing(PublishedSnapshot::periodSlug).reversed())
                    .toList();
        }
    }
}
