package org.oversight.policedata.load;

/** A file is refused as a whole, with where and why. */
class FileRefused extends Exception {

    private static final long serialVersionUID = 1L;

    final long line;
    final int column;

    FileRefused(long line, int column, String message) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }
}
