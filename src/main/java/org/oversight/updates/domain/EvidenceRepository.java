package org.oversight.updates.domain;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EvidenceRepository extends ListCrudRepository<Evidence, Long> {

    /** The files of an update without their content. */
    @Query("SELECT id, item_id, file_name, content_type, size_bytes, sha256, ''::bytea AS content, uploaded_by,"
            + " uploaded_at FROM updates.evidence WHERE item_id = :itemId ORDER BY uploaded_at, id")
    List<Evidence> listByItem(long itemId);

    long countByItemId(long itemId);
}
