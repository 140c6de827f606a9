-- Seed migration 3: negotiations (practice sessions).
CREATE TABLE negotiations (
    id           UUID        PRIMARY KEY,
    user_id      UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    scenario_id  UUID        NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
    status       VARCHAR(20) NOT NULL DEFAULT 'in_progress',
    started_at   TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    completed_at TIMESTAMPTZ,
    deal_terms   JSONB,
    deal_reached BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_negotiations_user_id ON negotiations (user_id);
CREATE INDEX idx_negotiations_scenario_id ON negotiations (scenario_id);
CREATE INDEX idx_negotiations_status ON negotiations (status);
CREATE INDEX idx_negotiations_started_at ON negotiations (started_at);
