-- Seed migration 10: negotiation_moves. The seed names this table without columns; designed from the
-- engine: every tactical move read in or made by a message, with actor, turn, type and amounts.
CREATE TABLE negotiation_moves (
    id              TEXT          NOT NULL PRIMARY KEY,
    negotiation_id  TEXT          NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
    message_id      TEXT          NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    actor           VARCHAR(20)   NOT NULL,
    turn_number     INTEGER       NOT NULL,
    move_type       VARCHAR(50)   NOT NULL,
    issue           VARCHAR(50),
    amount          NUMERIC(14,2),
    concession_size NUMERIC(14,2),
    details         TEXT CHECK (details IS NULL OR json_valid(details)),
    created_at      TIMESTAMP   NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_negotiation_moves_negotiation_turn ON negotiation_moves (negotiation_id, turn_number);
CREATE INDEX idx_negotiation_moves_message_id ON negotiation_moves (message_id);
CREATE INDEX idx_negotiation_moves_move_type ON negotiation_moves (move_type);
