INSERT INTO policedata.stop_search_count (batch_id, month, force_slug, field, value, n)
SELECT :batch, :month, :force, f.field, f.value, count(*)
FROM policedata.stop_search s
CROSS JOIN LATERAL (VALUES
    ('type', s.type),
    ('part-of-a-policing-operation', s.part_of_a_policing_operation),
    ('gender', s.gender),
    ('age-range', s.age_range),
    ('self-defined-ethnicity', s.self_defined_ethnicity),
    ('officer-defined-ethnicity', s.officer_defined_ethnicity),
    ('legislation', s.legislation),
    ('object-of-search', s.object_of_search),
    ('outcome', s.outcome),
    ('outcome-linked-to-object-of-search', s.outcome_linked_to_object),
    ('removal-of-more-than-just-outer-clothing', s.removal_of_outer_clothing)
) AS f (field, value)
WHERE s.batch_id = :batch
GROUP BY f.field, f.value
