package org.oversight.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which process runs the server of a data folder: the one holding an exclusive lock on its
 * {@value #FILE_NAME}. The operating system lets the lock go when that process ends, however it
 * ends, so a server running on a folder whose lock is free has been left behind by a process that
 * died (killed, or out of memory) and is stopped by the next one to start.
 */
final class FolderOwnership implements AutoCloseable {

    static final String FILE_NAME = "oversight.lock";

    /**
     * Folders this JVM owns. A second claim from the same JVM must not even open the file: on Linux,
     * closing any descriptor of a file drops every lock the process holds on it.
     */
    private static final Set<Path> OWNED_HERE = ConcurrentHashMap.newKeySet();

    private final Path dataDir;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderOwnership(Path dataDir, FileChannel channel, FileLock lock) {
        this.dataDir = dataDir;
        this.channel = channel;
        this.lock = lock;
    }

    /** This process's ownership of the folder, unless another live process (or this one) has it. */
    static Optional<FolderOwnership> claim(Path dataDir) {
        if (!OWNED_HERE.add(dataDir)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new FolderOwnership(dataDir, channel, lock));
            }
            channel.close();
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
        } catch (IOException e) {
            closeQuietly(channel);
            OWNED_HERE.remove(dataDir);
            throw new UncheckedIOException("Could not lock " + dataDir.resolve(FILE_NAME), e);
        }
        OWNED_HERE.remove(dataDir);
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The lock goes with the process anyway.
        } finally {
            OWNED_HERE.remove(dataDir);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing was locked through it.
            }
        }
    }
}
