package org.oversight.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.oversight.platform.database.DatabaseProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Oversight's one folder for temporary files: uploads waiting to be imported, files read out of zip
 * archives, request bodies the web server spools to disk, generated demonstration data. Nothing is
 * written to the system's temporary folder, so a crash cannot leave files where nobody looks for them.
 *
 * <p>Each process (the web application, a command) works in a folder of its own, {@code
 * p-<id>}, and holds a lock on the file {@code p-<id>.lock} beside it for as long as it runs. The
 * operating system drops the lock when a process ends, however it ends, so at every start the
 * folders whose lock is free are those of processes that are gone, and they are deleted; folders of
 * processes still running (a command while the web application runs) are left alone.
 */
@Component
public class TemporaryFiles implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TemporaryFiles.class);
    private static final String PREFIX = "p-";
    private static final String LOCK = ".lock";
    /** Taken while folders are cleaned or created, so that no start deletes a folder being made. */
    private static final String CLEANING = "cleaning.lock";
    /** Locks are per process: threads of this one (two test contexts) take turns here. */
    private static final Object IN_THIS_PROCESS = new Object();

    private final Path root;
    private final Path folder;
    private final Path lockFile;
    private final FileChannel lockChannel;

    @Autowired
    public TemporaryFiles(TemporaryFilesProperties properties, DatabaseProperties database) {
        this(
                properties.folder() != null && !properties.folder().toString().isBlank()
                        ? properties.folder()
                        : besideDataFolder(database.dataDir()));
    }

    /** Cleans {@code root} of the folders of processes that are gone and makes this process's folder. */
    public TemporaryFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
        String id = PREFIX + UUID.randomUUID();
        this.folder = this.root.resolve(id);
        this.lockFile = this.root.resolve(id + LOCK);
        try {
            Files.createDirectories(this.root);
            synchronized (IN_THIS_PROCESS) {
                try (FileChannel cleaning = FileChannel.open(
                                this.root.resolve(CLEANING), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        FileLock ignored = cleaning.lock()) {
                    clean();
                    lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    lockChannel.lock();
                    Files.createDirectory(folder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make Oversight's temporary folder in " + this.root, e);
        }
    }

    /** {@code /srv/oversight} keeps its temporary files in {@code /srv/oversight-temp}. */
    static Path besideDataFolder(Path dataDir) {
        Path data = dataDir.toAbsolutePath().normalize();
        Path parent = data.getParent() == null ? data : data.getParent();
        return parent.resolve(data.getFileName() + "-temp");
    }

    /** This process's folder; everything in it is deleted when the process stops or at the next start. */
    public Path folder() {
        return folder;
    }

    /** The folder every process's folder is in. */
    public Path root() {
        return root;
    }

    /** A new, empty folder of this process's. */
    public Path newFolder(String prefix) throws IOException {
        return Files.createTempDirectory(folder, prefix);
    }

    /** A new, empty file of this process's. */
    public Path newFile(String prefix, String suffix) throws IOException {
        return Files.createTempFile(folder, prefix, suffix);
    }

    /** Deletes a file or folder of this process's, with everything in it; what cannot be deleted is logged. */
    public void delete(Path path) {
        if (path == null) {
            return;
        }
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(folder)) {
            throw new IllegalArgumentException(path + " is not in Oversight's temporary folder " + folder);
        }
        deleteTree(absolute);
    }

    /**
     * Deletes the folders (and lock files) of processes that are gone. Nothing else in the folder is
     * touched, so a folder set by mistake to one that holds other things loses none of them.
     */
    private void clean() throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(root)) {
            entries = list.filter(entry -> entry.getFileName().toString().startsWith(PREFIX))
                    .toList();
        }
        List<Path> removed = new ArrayList<>();
        long bytes = 0;
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            boolean lock = name.endsWith(LOCK);
            Path processFolder = lock ? root.resolve(name.substring(0, name.length() - LOCK.length())) : entry;
            Path processLock = lock ? entry : root.resolve(name + LOCK);
            if (!lock && Files.exists(processLock)) {
                continue; // its lock file decides, when it comes round
            }
            if (lock && held(processLock)) {
                continue;
            }
            bytes += deleteTree(processFolder);
            bytes += deleteTree(processLock);
            removed.add(processFolder);
        }
        if (!removed.isEmpty()) {
            log.info("event=temporary_files_cleaned folder={} removed={} bytes={}", root, removed.size(), bytes);
        }
    }

    /** Whether a running process holds this lock file. */
    private static boolean held(Path lock) {
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock free = channel.tryLock();
            if (free == null) {
                return true;
            }
            free.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by this process (another application context)
        } catch (IOException e) {
            return true; // cannot tell: leave it
        }
    }

    /** Deletes a file or a folder and everything in it; returns the bytes freed. */
    private static long deleteTree(Path path) {
        if (!Files.exists(path)) {
            return 0;
        }
        long[] bytes = {0};
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isRegularFile(each)) {
                    bytes[0] += Files.size(each);
                }
                Files.deleteIfExists(each);
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("event=temporary_file_not_deleted path={} reason={}", path, e.getMessage());
        }
        return bytes[0];
    }

    /** Deletes this process's folder and its lock. */
    @Override
    public void destroy() {
        deleteTree(folder);
        try {
            lockChannel.close();
        } catch (IOException e) {
            log.warn("event=temporary_lock_not_released path={} reason={}", lockFile, e.getMessage());
        }
        deleteTree(lockFile);
    }
}
