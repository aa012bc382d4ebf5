INSERT INTO policedata.outcome_count (batch_id, month, force_slug, district, lsoa_code, outcome_type, n)
SELECT :batch, :month, :force, district, lsoa_code, outcome_type, count(*)
FROM policedata.outcome
WHERE batch_id = :batch
GROUP BY district, lsoa_code, outcome_type
