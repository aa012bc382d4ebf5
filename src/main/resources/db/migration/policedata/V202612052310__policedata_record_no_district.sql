-- Data-quality summaries now say how many rows have no district recorded at all (no LSOA name, or a
-- name that gives none). Batches imported before have it from their stored counts, which equal the rows.
UPDATE policedata.import_batch b
SET quality = (b.quality::jsonb || jsonb_build_object('noDistrict',
        (SELECT coalesce(sum(c.n), 0) FROM policedata.street_count c WHERE c.batch_id = b.id AND c.district IS NULL)))::text
WHERE b.kind = 'street' AND b.quality <> '{}';

UPDATE policedata.import_batch b
SET quality = (b.quality::jsonb || jsonb_build_object('noDistrict',
        (SELECT coalesce(sum(c.n), 0) FROM policedata.outcome_count c WHERE c.batch_id = b.id AND c.district IS NULL)))::text
WHERE b.kind = 'outcomes' AND b.quality <> '{}';
