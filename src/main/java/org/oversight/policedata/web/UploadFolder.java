package org.oversight.policedata.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.oversight.platform.TemporaryFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files saved in a new temporary folder, each in a numbered sub-folder under its original
 * name: data.police.uk names carry the month, force and kind, and two uploads may share a name.
 * Closing deletes the folder.
 */
final class UploadFolder implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UploadFolder.class);
    private static final String PREFIX = "oversight-upload-";

    /** The temporary part of a stored name: {@code /tmp/oversight-upload-123/1/}. */
    private static final Pattern TEMPORARY_PART =
            Pattern.compile("^.*?[/\\\\]" + PREFIX + "[^/\\\\]+[/\\\\]\\d+[/\\\\]");

    /** The same, anywhere in a message. */
    private static final Pattern TEMPORARY_PART_IN_TEXT =
            Pattern.compile("[^\\s'\"]*?[/\\\\]" + PREFIX + "[^/\\\\]+[/\\\\]\\d+[/\\\\]");

    private final Path folder;
    private final List<Path> files;
    private final int expectedFiles;

    private UploadFolder(Path folder, List<Path> files, int expectedFiles) {
        this.folder = folder;
        this.files = List.copyOf(files);
        this.expectedFiles = expectedFiles;
    }

    /** The uploads that name a file: a form submitted without one sends a part with no file name. */
    static List<MultipartFile> named(List<MultipartFile> uploads) {
        if (uploads == null) {
            return List.of();
        }
        return uploads.stream()
                .filter(upload -> upload.getOriginalFilename() != null
                        && !upload.getOriginalFilename().isBlank())
                .toList();
    }

    /** Saves the uploads in a new folder of Oversight's temporary folder. */
    static UploadFolder save(List<MultipartFile> uploads, TemporaryFiles temporaryFiles) throws IOException {
        Path folder = temporaryFiles.newFolder(PREFIX);
        try {
            List<Path> files = new ArrayList<>();
            int expected = 0;
            for (MultipartFile upload : uploads) {
                Path file = Files.createDirectory(folder.resolve(Integer.toString(files.size() + 1)))
                        .resolve(safeName(upload.getOriginalFilename(), files.size() + 1));
                upload.transferTo(file);
                files.add(file);
                expected += expectedFiles(file);
            }
            return new UploadFolder(folder, files, expected);
        } catch (IOException | RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    /** The last part of the name a browser or client sent, so that no name can point elsewhere. */
    static String safeName(String original, int number) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\x00-\\x1f\\x7f:]", "_").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "upload-" + number;
        }
        return name;
    }

    /**
     * How many results a file will give: one per CSV file in a zip archive, otherwise one. Only for
     * showing progress: an archive whose directory is larger than any real one's (it is read into
     * memory whole) is counted as one, and the import counts what it reads.
     */
    private static int expectedFiles(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")
                || centralDirectorySize(file) > MAX_COUNTED_DIRECTORY) {
            return 1;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long csv = zip.stream()
                    .filter(entry -> !entry.isDirectory()
                            && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .count();
            return (int) Math.max(1, csv);
        } catch (IOException e) {
            return 1;
        }
    }

    /** 4 MB: about 40,000 entries; the archive of every force's last 36 months has about 5,000. */
    private static final long MAX_COUNTED_DIRECTORY = 4L * 1024 * 1024;

    /**
     * The size of a zip archive's central directory as its end record states it, or {@link
     * Long#MAX_VALUE} when there is no such record or it points beyond 4 GB (ZIP64).
     */
    static long centralDirectorySize(Path zip) {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(zip)) {
            long size = channel.size();
            int tail = (int) Math.min(size, 22 + 65_535);
            java.nio.ByteBuffer end = java.nio.ByteBuffer.allocate(tail).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            channel.read(end, size - tail);
            for (int at = tail - 22; at >= 0; at--) {
                if (end.getInt(at) == 0x06054b50) {
                    long directory = Integer.toUnsignedLong(end.getInt(at + 12));
                    return directory == 0xFFFFFFFFL ? Long.MAX_VALUE : directory;
                }
            }
        } catch (IOException e) {
            // Unreadable: not counted.
        }
        return Long.MAX_VALUE;
    }

    /** The name as the user knows it: the stored name without the temporary folder. */
    static String originalName(String stored) {
        return stored == null ? null : TEMPORARY_PART.matcher(stored).replaceFirst("");
    }

    /** A message without the temporary folders in it: they mean nothing to the user. */
    static String withoutFolders(String message) {
        return message == null ? null : TEMPORARY_PART_IN_TEXT.matcher(message).replaceAll("");
    }

    List<Path> files() {
        return files;
    }

    int expectedFiles() {
        return expectedFiles;
    }

    Path folder() {
        return folder;
    }

    @Override
    public void close() {
        delete(folder);
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.warn("event=police_upload_not_deleted folder={} reason={}", folder, e.getMessage());
        }
    }
}
