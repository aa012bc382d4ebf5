package org.oversight.platform.jvm;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * An {@link OutOfMemoryError} must never leave a zombie: a process that still listens but never
 * answers (Tomcat's acceptor thread dies of it). Oversight is started with
 * {@code -XX:+ExitOnOutOfMemoryError} ({@code ./oversight}, {@code ./mvnw spring-boot:run}, the
 * systemd unit in docs/operations), so the JVM exits and a supervisor starts it again (ADR 0010).
 * When it was started without that flag ({@code java -jar} by hand), this says so at start and
 * does the next best thing: a thread that dies of an {@code OutOfMemoryError} stops the process
 * with status 3, as the flag would. (An error caught and swallowed by a library escapes this; the
 * flag does not let it.)
 */
@Component
class OutOfMemoryExit implements ApplicationListener<ApplicationStartedEvent> {

    private static final Logger log = LoggerFactory.getLogger(OutOfMemoryExit.class);

    /** The status {@code -XX:+ExitOnOutOfMemoryError} exits with. */
    static final int STATUS = 3;

    /** Once a JVM, however many applications it starts (tests start several). */
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    static final List<String> FLAGS =
            List.of("-XX:+ExitOnOutOfMemoryError", "-XX:+CrashOnOutOfMemoryError", "-XX:OnOutOfMemoryError");

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (!exitsOnOutOfMemory(arguments) && INSTALLED.compareAndSet(false, true)) {
            log.warn("event=jvm_without_exit_on_out_of_memory advice=\"start java with -XX:+ExitOnOutOfMemoryError"
                    + " (see docs/operations/running-as-a-service.md); until then a thread that runs out of memory"
                    + " stops the process\"");
            Thread.setDefaultUncaughtExceptionHandler(
                    stopOnOutOfMemory(Thread.getDefaultUncaughtExceptionHandler(), Runtime.getRuntime()::halt));
        }
    }

    /** Whether the JVM was told what to do when it runs out of memory ({@code JAVA_TOOL_OPTIONS} included). */
    static boolean exitsOnOutOfMemory(List<String> jvmArguments) {
        return jvmArguments.stream().anyMatch(argument -> FLAGS.stream().anyMatch(argument::startsWith));
    }

    /** Halts with {@link #STATUS} when a thread dies of an {@code OutOfMemoryError}; otherwise as before. */
    static Thread.UncaughtExceptionHandler stopOnOutOfMemory(
            Thread.UncaughtExceptionHandler previous, IntConsumer halt) {
        return (thread, error) -> {
            if (error instanceof OutOfMemoryError) {
                // No logging: there may be no memory to log with. Halt, not exit: no shutdown hook may wait.
                System.err.println("Oversight ran out of memory in thread " + thread.getName() + "; stopping.");
                halt.accept(STATUS);
                return;
            }
            if (previous != null) {
                previous.uncaughtException(thread, error);
            } else {
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                error.printStackTrace();
            }
        };
    }
}
