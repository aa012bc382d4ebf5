package org.oversight.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the embedded PostgreSQL as soon as the settings are read, before Spring reads the
 * application, so that the server's start overlaps with Spring's instead of following it: the
 * command line adds it, since there every command waits for both. The embedded database bean then
 * takes this server. Does nothing when an external database is configured.
 */
public final class EmbeddedDatabaseEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN = "embeddedDatabaseEarlyStart";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!NoExternalDatabaseCondition.embedded(context.getEnvironment())) {
            return;
        }
        DatabaseProperties properties =
                Binder.get(context.getEnvironment()).bindOrCreate("oversight.database", DatabaseProperties.class);
        Starting starting = new Starting(
                properties, CompletableFuture.supplyAsync(() -> EmbeddedDatabase.startOrAttach(properties), task -> {
                    Thread thread = new Thread(task, "embedded-database-start");
                    thread.setDaemon(true);
                    thread.start();
                }));
        context.getBeanFactory().registerSingleton(BEAN, starting);
        if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
            // Stops the server when the application failed before the embedded database bean took it.
            registry.registerDisposableBean(BEAN, starting::closeUnclaimed);
        }
    }

    /** A server being started for the application, until the embedded database bean claims it. */
    static final class Starting {
        private final DatabaseProperties properties;
        private final CompletableFuture<EmbeddedDatabase> server;
        private final AtomicBoolean claimed = new AtomicBoolean();

        Starting(DatabaseProperties properties, CompletableFuture<EmbeddedDatabase> server) {
            this.properties = properties;
            this.server = server;
        }

        /** The server, once started, if it was started with these settings; empty otherwise. */
        java.util.Optional<EmbeddedDatabase> claim(DatabaseProperties wanted) {
            if (!properties.equals(wanted) || !claimed.compareAndSet(false, true)) {
                return java.util.Optional.empty();
            }
            try {
                return java.util.Optional.of(server.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }

        void closeUnclaimed() throws IOException {
            if (claimed.compareAndSet(false, true)) {
                try {
                    server.join().close();
                } catch (CompletionException | UncheckedIOException e) {
                    // It did not start: there is nothing to stop.
                }
            }
        }
    }
}
