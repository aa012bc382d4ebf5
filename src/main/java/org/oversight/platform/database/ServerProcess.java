package org.oversight.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Whether a server process is alive: running, not merely a zombie that nobody has reaped. */
final class ServerProcess {

    private static final Path PROC = Path.of("/proc");

    private ServerProcess() {}

    static boolean alive(long pid) {
        if (Files.isDirectory(PROC)) {
            try {
                String stat =
                        Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.US_ASCII);
                // "pid (name) S ...": the state follows the name, which may itself hold spaces or brackets.
                char state = stat.charAt(stat.lastIndexOf(')') + 2);
                return state != 'Z' && state != 'X';
            } catch (NoSuchFileException e) {
                return false;
            } catch (IOException | RuntimeException e) {
                // Unreadable: fall back on what the JVM can tell.
            }
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
