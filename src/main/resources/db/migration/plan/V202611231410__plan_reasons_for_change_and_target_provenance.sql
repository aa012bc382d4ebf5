-- The plan's own reasons for what a version changed in an objective (the 2014-15 plan's rationale).
ALTER TABLE plan.objective ADD COLUMN reasons_for_change TEXT;

-- Where a measure's target is not entirely the plan's own words: how an unstated baseline was
-- inferred, and whether the target's figure was taken from the commitment text.
ALTER TABLE plan.measure ADD COLUMN baseline_inferred TEXT;
ALTER TABLE plan.measure ADD COLUMN target_from_commitment BOOLEAN NOT NULL DEFAULT FALSE;
