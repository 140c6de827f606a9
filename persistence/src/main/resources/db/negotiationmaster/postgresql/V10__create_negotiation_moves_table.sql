-- Seed migration 10: negotiation_moves. The seed names this table without columns; designed from the
-- engine: every tactical move read in or made by a message, with actor, turn, type and amounts.
CREATE TABLE negotiation_moves (
    id              UUID          PRIMARY KEY,
    negotiation_id  UUID          NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
    message_id      UUID          NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    actor           VARCHAR(20)   NOT NULL,
    turn_number     INTEGER       NOT NULL,
    move_type       VARCHAR(50)   NOT NULL,
    issue           VARCHAR(50),
    amount          NUMERIC(14,2),
    concession_size NUMERIC(14,2),
    details         JSONB,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_negotiation_moves_negotiation_turn ON negotiation_moves (negotiation_id, turn_number);
CREATE INDEX idx_negotiation_moves_message_id ON negotiation_moves (message_id);
CREATE INDEX idx_negotiation_moves_move_type ON negotiation_moves (move_type);
