package org.oversight.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, Oversight runs its own PostgreSQL. Setting the standard
 * {@code SPRING_DATASOURCE_URL}, {@code _USERNAME} and {@code _PASSWORD} variables switches this
 * off and Spring Boot's own data source is used instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    /** The server {@link EmbeddedDatabaseEarlyStart} started, when it did; otherwise started now. */
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            DatabaseProperties properties, ObjectProvider<EmbeddedDatabaseEarlyStart.Starting> early) {
        EmbeddedDatabaseEarlyStart.Starting starting = early.getIfAvailable();
        return (starting == null ? java.util.Optional.<EmbeddedDatabase>empty() : starting.claim(properties))
                .orElseGet(() -> EmbeddedDatabase.startOrAttach(properties));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(database.username());
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("oversight-embedded");
        return dataSource;
    }
}
