package org.oversight.policedata.cli;

import java.io.PrintWriter;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportListener;

/**
 * Shows an import's progress on standard error: a bar redrawn in place on a terminal, and one line
 * per file otherwise (logs, CI).
 */
final class ProgressBar implements ImportListener {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private long bytes;
    private int files;

    ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void fileStarted(String file, long bytes) {
        this.bytes = bytes;
        files++;
        if (terminal) {
            draw(file, 0, 0);
        }
    }

    @Override
    public void progressed(String file, long bytesRead, long rowsRead) {
        if (terminal) {
            draw(file, bytesRead, rowsRead);
        }
    }

    @Override
    public void fileFinished(FileImportResult result) {
        if (terminal) {
            err.print("\r\033[K");
        }
        err.printf("[%d] %s%n", files, ImportCommand.PoliceData.line(result));
        err.flush();
    }

    private void draw(String file, long bytesRead, long rows) {
        int percent = bytes > 0 ? (int) Math.min(100, bytesRead * 100 / bytes) : 0;
        int filled = percent * WIDTH / 100;
        String name = file.length() > 40 ? "…" + file.substring(file.length() - 39) : file;
        err.printf("\r[%s%s] %3d%% %s %,d rows", "#".repeat(filled), " ".repeat(WIDTH - filled), percent, name, rows);
        err.flush();
    }
}
