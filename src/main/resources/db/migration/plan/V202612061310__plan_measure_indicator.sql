-- The indicator a measure reads (its code; the performance module owns indicators), or why no
-- indicator can serve it. At most one of the two.
ALTER TABLE plan.measure ADD COLUMN indicator VARCHAR(80);
ALTER TABLE plan.measure ADD COLUMN no_indicator_reason TEXT;
ALTER TABLE plan.measure ADD CONSTRAINT measure_indicator_or_reason
    CHECK (indicator IS NULL OR no_indicator_reason IS NULL);
