-- Seed migration 3: negotiations (practice sessions).
CREATE TABLE negotiations (
    id           TEXT        NOT NULL PRIMARY KEY,
    user_id      TEXT        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    scenario_id  TEXT        NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
    status       VARCHAR(20) NOT NULL DEFAULT 'in_progress',
    started_at   TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    completed_at TIMESTAMP,
    deal_terms   TEXT CHECK (deal_terms IS NULL OR json_valid(deal_terms)),
    deal_reached BOOLEAN     NOT NULL DEFAULT 0,
    created_at   TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at   TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_negotiations_user_id ON negotiations (user_id);
CREATE INDEX idx_negotiations_scenario_id ON negotiations (scenario_id);
CREATE INDEX idx_negotiations_status ON negotiations (status);
CREATE INDEX idx_negotiations_started_at ON negotiations (started_at);
