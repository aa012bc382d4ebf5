-- Performance work reads the counts of chosen crime types or outcomes of each batch.
CREATE INDEX street_count_batch_crime_type_idx ON policedata.street_count (batch_id, crime_type);
CREATE INDEX outcome_count_batch_outcome_type_idx ON policedata.outcome_count (batch_id, outcome_type);
