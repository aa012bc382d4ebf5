package org.oversight.platform.database;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Checks, every {@code oversight.database.watch-interval}, that the embedded server still runs, and
 * has it started again when it does not (see {@link EmbeddedDatabase#check}). Stops first when the
 * application closes, so that nothing is restarted while it does.
 */
final class EmbeddedDatabaseWatch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseWatch.class);

    private final EmbeddedDatabase database;
    private final DatabaseProperties properties;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    EmbeddedDatabaseWatch(EmbeddedDatabase database, DatabaseProperties properties, Clock clock) {
        this.database = database;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-database-watch");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.watchInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::check, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void check() {
        try {
            database.check(clock);
        } catch (RuntimeException e) {
            log.error("event=embedded_database_check_failed", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
