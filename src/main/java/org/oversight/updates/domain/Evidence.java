package org.oversight.updates.domain;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A file attached to an update as evidence, kept in the database with its checked content type. */
@Table(schema = "updates", name = "evidence")
public record Evidence(
        @Id Long id,
        Long itemId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        byte[] content,
        String uploadedBy,
        Instant uploadedAt) {}
