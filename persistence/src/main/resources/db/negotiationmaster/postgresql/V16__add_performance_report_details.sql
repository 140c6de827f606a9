-- The parts of a performance report the seed has no column for (debrief, outcome-space analysis, metrics,
-- the scores' inputs), kept so a stored report reads back whole.
ALTER TABLE negotiation_performance ADD COLUMN report_details JSONB;
