package org.oversight.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The command line's embedded database starts before Spring reads the application: the embedded
 * database bean takes that server, and a server nobody took is stopped with the application.
 */
class EmbeddedDatabaseEarlyStartTest {

    @TempDir
    Path folder;

    private GenericApplicationContext startingIn(Path dataDir) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("test", Map.of("oversight.database.data-dir", dataDir.toString())));
        new EmbeddedDatabaseEarlyStart().initialize(context);
        return context;
    }

    private static EmbeddedDatabaseEarlyStart.Starting starting(GenericApplicationContext context) {
        return context.getBeanFactory().getBean(EmbeddedDatabaseEarlyStart.Starting.class);
    }

    private static boolean answers(EmbeddedDatabase database) {
        try (var connection =
                DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
            return connection.isValid(2);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    @Test
    void theEmbeddedDatabaseBeanTakesTheServerStartedEarly() throws Exception {
        Path dataDir = folder.resolve("database");
        GenericApplicationContext context = startingIn(dataDir);

        EmbeddedDatabase database = starting(context)
                .claim(new DatabaseProperties(dataDir, false, Duration.ofMillis(200)))
                .orElseThrow();
        context.getBeanFactory().destroySingletons();

        assertThat(answers(database))
                .as("still running: the bean stops it, not the early start")
                .isTrue();
        database.close();
        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void aServerStartedForOtherSettingsIsNotTaken() throws Exception {
        Path dataDir = folder.resolve("database");
        GenericApplicationContext context = startingIn(dataDir);

        assertThat(starting(context)
                        .claim(new DatabaseProperties(folder.resolve("elsewhere"), false, Duration.ofMillis(200))))
                .isEmpty();
        context.getBeanFactory().destroySingletons();
        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void aServerNobodyTookIsStoppedWhenTheApplicationFails() throws Exception {
        Path dataDir = folder.resolve("database");
        GenericApplicationContext context = startingIn(dataDir);

        // What a refresh that fails does before the embedded database bean is made.
        context.getBeanFactory().destroySingletons();

        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
        assertThat(dataDir.resolve("PG_VERSION")).as("the server had started").exists();
    }
}
