package org.oversight.policedata;

/** Hears how an import is going, for progress bars and pages. Calls come from the importing thread. */
public interface ImportListener {

    /** A file is starting; {@code bytes} is its size, or -1 when not known. */
    default void fileStarted(String file, long bytes) {}

    /** {@code bytesRead} of the current file have been read so far. */
    default void progressed(String file, long bytesRead, long rowsRead) {}

    default void fileFinished(FileImportResult result) {}

    ImportListener NONE = new ImportListener() {};
}
