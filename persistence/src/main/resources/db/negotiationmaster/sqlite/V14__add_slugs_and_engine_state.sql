-- Columns the engine needs beyond the seed: stable slugs for catalog entries, a negotiation's private engine
-- state, its random seed (replay), an optimistic-locking version, and a strict per-negotiation message order.
ALTER TABLE scenarios ADD COLUMN slug VARCHAR(100);
CREATE UNIQUE INDEX uq_scenarios_slug ON scenarios (slug);
ALTER TABLE ai_characters ADD COLUMN slug VARCHAR(100);
CREATE UNIQUE INDEX uq_ai_characters_slug ON ai_characters (slug);

ALTER TABLE negotiations ADD COLUMN random_seed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE negotiations ADD COLUMN engine_state TEXT CHECK (engine_state IS NULL OR json_valid(engine_state));
ALTER TABLE negotiations ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE negotiations ADD COLUMN message_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE negotiations ADD COLUMN outcome VARCHAR(30);
CREATE INDEX idx_negotiations_user_started ON negotiations (user_id, started_at);

ALTER TABLE messages ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE messages SET seq = (
    SELECT COUNT(*) FROM messages earlier
    WHERE earlier.negotiation_id = messages.negotiation_id
      AND (earlier."timestamp" < messages."timestamp"
           OR (earlier."timestamp" = messages."timestamp" AND earlier.id < messages.id)));
UPDATE negotiations SET message_count = (
    SELECT COUNT(*) FROM messages WHERE messages.negotiation_id = negotiations.id);
CREATE UNIQUE INDEX uq_messages_negotiation_seq ON messages (negotiation_id, seq);
