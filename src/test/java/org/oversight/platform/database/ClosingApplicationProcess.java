package org.oversight.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * An application on the embedded database whose last bean, when the JVM is asked to stop, still
 * works with the database a while after the stop began (as an import finishing its file would).
 */
public final class ClosingApplicationProcess {

    private ClosingApplicationProcess() {}

    /** Uses the database while the application closes, a second and a half after the stop began. */
    static final class LateWork implements DisposableBean {
        private final DataSource dataSource;

        LateWork(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public void destroy() throws Exception {
            Thread.sleep(1500);
            try (Connection connection = dataSource.getConnection();
                    var result = connection.createStatement().executeQuery("SELECT 42")) {
                result.next();
                System.out.println("late work: answered " + result.getInt(1));
            } catch (Exception e) {
                System.out.println("late work: failed: " + e.getMessage());
            }
            System.out.flush();
        }
    }

    public static void main(String[] args) throws Exception {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(
                DatabaseProperties.class,
                () -> new DatabaseProperties(Path.of(args[0]), false, Duration.ofMillis(200)));
        context.register(EmbeddedDatabaseConfiguration.class);
        context.registerBean(LateWork.class);
        context.refresh();
        context.registerShutdownHook();
        context.getBean(LateWork.class);
        System.out.println("server " + context.getBean(EmbeddedDatabase.class).pid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
