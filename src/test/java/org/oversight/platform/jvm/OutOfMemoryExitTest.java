package org.oversight.platform.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A JVM out of memory stops, so that a supervisor starts it again, instead of listening without answering. */
class OutOfMemoryExitTest {

    @Test
    void theCommandLineStartsJavaWithExitOnOutOfMemoryError() throws IOException {
        String launcher = Files.readString(Path.of("oversight"));

        assertThat(launcher).containsPattern("exec java [^\\n]*-XX:\\+ExitOnOutOfMemoryError");
    }

    @Test
    void springBootRunStartsJavaWithExitOnOutOfMemoryError() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        int plugin = pom.indexOf("<artifactId>spring-boot-maven-plugin</artifactId>");

        assertThat(plugin).isPositive();
        assertThat(pom.substring(plugin, pom.indexOf("</plugin>", plugin)))
                .contains("<jvmArguments>-XX:+ExitOnOutOfMemoryError</jvmArguments>");
    }

    @Test
    void theSystemdUnitInTheDocumentationStartsJavaWithItAndRestartsTheService() throws IOException {
        String unit = Files.readString(Path.of("docs/operations/running-as-a-service.md"));

        assertThat(unit).containsPattern("ExecStart=[^\\n]*java [^\\n]*-XX:\\+ExitOnOutOfMemoryError");
        assertThat(unit).contains("Restart=always");
    }

    @Test
    void knowsWhetherTheJvmWasToldToStopWhenOutOfMemory() {
        assertThat(OutOfMemoryExit.exitsOnOutOfMemory(List.of("-Xmx1g", "-XX:+ExitOnOutOfMemoryError")))
                .isTrue();
        assertThat(OutOfMemoryExit.exitsOnOutOfMemory(List.of("-XX:OnOutOfMemoryError=kill -9 %p")))
                .isTrue();
        assertThat(OutOfMemoryExit.exitsOnOutOfMemory(List.of("-Xmx1g"))).isFalse();
        assertThat(OutOfMemoryExit.exitsOnOutOfMemory(List.of("-XX:-ExitOnOutOfMemoryError")))
                .isFalse();
    }

    @Test
    void withoutTheFlagAThreadDyingOfOutOfMemoryStopsTheProcessWithStatus3() {
        List<Integer> halted = new ArrayList<>();
        List<Throwable> passedOn = new ArrayList<>();
        Thread.UncaughtExceptionHandler handler =
                OutOfMemoryExit.stopOnOutOfMemory((thread, error) -> passedOn.add(error), halted::add);

        handler.uncaughtException(new Thread("http-nio-8080-Acceptor"), new OutOfMemoryError("Java heap space"));
        IllegalStateException other = new IllegalStateException("not memory");
        handler.uncaughtException(Thread.currentThread(), other);

        assertThat(halted).containsExactly(3);
        assertThat(passedOn).containsExactly(other);
    }
}
