package org.oversight.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * With no {@code spring.datasource.url}, Oversight runs its own PostgreSQL. Setting the standard
 * {@code SPRING_DATASOURCE_URL}, {@code _USERNAME} and {@code _PASSWORD} variables switches this
 * off and Spring Boot's own data source is used instead.
 *
 * <p>Beans are closed in the reverse order of their dependencies: the application (everything
 * using the data source) first, then the pool, then the server. No JVM shutdown hook stops the
 * server on its own while the application is still closing.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    /** The server {@link EmbeddedDatabaseEarlyStart} started, when it did; otherwise started now. */
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            DatabaseProperties properties, ObjectProvider<EmbeddedDatabaseEarlyStart.Starting> early) {
        EmbeddedDatabaseEarlyStart.Starting starting = early.getIfAvailable();
        return (starting == null ? Optional.<EmbeddedDatabase>empty() : starting.claim(properties))
                .orElseGet(() -> EmbeddedDatabase.startOrAttach(properties));
    }

    @Bean
    EmbeddedDatabaseWatch embeddedDatabaseWatch(
            EmbeddedDatabase database, DatabaseProperties properties, ObjectProvider<Clock> clock) {
        return new EmbeddedDatabaseWatch(database, properties, clock.getIfAvailable(Clock::systemUTC));
    }

    /** The pool, with the same {@code spring.datasource.hikari.*} settings as an external database's. */
    @Bean(destroyMethod = "close")
    FailFastDataSource dataSource(EmbeddedDatabase database, Environment environment) {
        HikariDataSource pool = new HikariDataSource();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername(database.username());
        pool.setPassword(database.password());
        pool.setPoolName("oversight-embedded");
        return new FailFastDataSource(database, pool);
    }

    @Bean
    HealthIndicator embeddedDatabaseHealthIndicator(EmbeddedDatabase database) {
        return new EmbeddedDatabaseHealth(database);
    }
}
