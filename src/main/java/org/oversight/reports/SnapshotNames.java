package org.oversight.reports;

/** How the audit trail names a snapshot version. */
final class SnapshotNames {

    private SnapshotNames() {}

    static String objectId(String kind, String key, int version) {
        return kind + "/" + key + "/v" + version;
    }
}
