-- Seed migration 9: ai_responses. The seed names this table without columns; designed from the engine:
-- one row per AI message recording what the engine decided and why (never shown during the negotiation),
-- how long it took and which writer phrased it.
CREATE TABLE ai_responses (
    id               UUID          PRIMARY KEY,
    negotiation_id   UUID          NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
    message_id       UUID          NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    user_message_id  UUID          REFERENCES messages (id) ON DELETE CASCADE,
    decided_move     VARCHAR(50)   NOT NULL,
    moves            JSONB         NOT NULL,
    offer_amount     NUMERIC(14,2),
    offer_terms      JSONB,
    reasoning        TEXT,
    strategy_state   JSONB,
    writer           VARCHAR(20)   NOT NULL,
    writer_detail    TEXT,
    latency_ms       INTEGER       NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    CONSTRAINT uq_ai_responses_message_id UNIQUE (message_id)
);
CREATE INDEX idx_ai_responses_negotiation_id ON ai_responses (negotiation_id);
CREATE INDEX idx_ai_responses_decided_move ON ai_responses (decided_move);
