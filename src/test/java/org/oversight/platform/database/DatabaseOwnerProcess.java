package org.oversight.platform.database;

import java.nio.file.Path;
import java.time.Duration;

/** Starts the embedded server of a folder and waits to be killed, printing the server's process id. */
public final class DatabaseOwnerProcess {

    private DatabaseOwnerProcess() {}

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database =
                EmbeddedDatabase.startOrAttach(new DatabaseProperties(Path.of(args[0]), false, Duration.ofMillis(200)));
        System.out.println("server " + database.pid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
