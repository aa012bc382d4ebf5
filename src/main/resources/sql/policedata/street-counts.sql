INSERT INTO policedata.street_count
    (batch_id, month, force_slug, district, lsoa_code, crime_type, last_outcome_category, n)
SELECT :batch, :month, :force, district, lsoa_code, crime_type, last_outcome_category, count(*)
FROM policedata.street_crime
WHERE batch_id = :batch
GROUP BY district, lsoa_code, crime_type, last_outcome_category
