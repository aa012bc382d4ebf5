package org.oversight.platform.database;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The embedded server's part of {@code /actuator/health} ({@code embeddedDatabase}): down from the
 * moment its process is found dead until it runs again. Details are for admins only.
 */
final class EmbeddedDatabaseHealth implements HealthIndicator {

    private final EmbeddedDatabase database;

    EmbeddedDatabaseHealth(EmbeddedDatabase database) {
        this.database = database;
    }

    @Override
    public Health health() {
        EmbeddedDatabaseStatus status = database.status();
        Health.Builder health = status.running() ? Health.up() : Health.down();
        health.withDetail("dataDir", database.dataDir().toString())
                .withDetail("port", status.port())
                .withDetail("runBy", status.owner() ? "this process" : "another Oversight process")
                .withDetail("restarts", status.restarts());
        if (status.downSince() != null) {
            health.withDetail("downSince", status.downSince().toString());
        }
        if (status.lastRestart() != null) {
            health.withDetail("lastRestart", status.lastRestart().toString());
        }
        if (status.lastFailure() != null) {
            health.withDetail("lastFailure", status.lastFailure());
        }
        return health.build();
    }
}
