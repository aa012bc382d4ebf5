package org.oversight.policedata;

import java.util.List;
import org.oversight.shared.AuditedChange;

/**
 * Files were uploaded in the browser to be imported in the background; each file's import is its
 * own {@link PoliceFileImported}. Published in the transaction that records the upload.
 */
public record PoliceDataUploaded(String uploadId, List<String> files, boolean demonstration, String by)
        implements AuditedChange {

    public PoliceDataUploaded {
        files = List.copyOf(files);
    }

    @Override
    public String module() {
        return "policedata";
    }

    @Override
    public String action() {
        return "police-data-uploaded";
    }

    @Override
    public String objectType() {
        return "police-data-upload";
    }

    @Override
    public String objectId() {
        return uploadId;
    }

    @Override
    public String after() {
        return String.join("\n", files);
    }

    @Override
    public String summary() {
        return "Uploaded " + (files.size() == 1 ? "1 file" : files.size() + " files") + " to import"
                + (demonstration ? " as demonstration data" : "") + ": " + String.join(", ", files) + ".";
    }
}
