package org.oversight.performance.measure;

import org.oversight.policedata.ImportBatch;
import org.oversight.policedata.PoliceDataApi;
import org.springframework.stereotype.Component;

/**
 * The state of the police data that figures are read from: it changes whenever a batch is imported
 * or removed, so cached series are read again.
 */
@Component
class DataVersion {

    private final PoliceDataApi policeData;

    DataVersion(PoliceDataApi policeData) {
        this.policeData = policeData;
    }

    /** A key that changes whenever the imports do. */
    String current() {
        StringBuilder version = new StringBuilder();
        for (ImportBatch batch : policeData.batches()) {
            version.append(batch.id()).append(':').append(batch.sha256()).append(';');
        }
        return version.toString();
    }
}
