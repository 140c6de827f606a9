-- Seed migration 11: a scenario's default AI character.
ALTER TABLE scenarios ADD COLUMN ai_character_id TEXT REFERENCES ai_characters (id) ON DELETE CASCADE;
CREATE INDEX idx_scenarios_ai_character_id ON scenarios (ai_character_id);
