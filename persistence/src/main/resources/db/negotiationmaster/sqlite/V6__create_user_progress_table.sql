-- Seed migration 6: user_progress (aggregate skill tracking, one row per user).
CREATE TABLE user_progress (
    id                               TEXT         NOT NULL PRIMARY KEY,
    user_id                          TEXT         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    total_negotiations               INTEGER      NOT NULL DEFAULT 0,
    completed_negotiations           INTEGER      NOT NULL DEFAULT 0,
    successful_deals                 INTEGER      NOT NULL DEFAULT 0,
    avg_claiming_value_score         NUMERIC(5,2) NOT NULL DEFAULT 0,
    avg_creating_value_score         NUMERIC(5,2) NOT NULL DEFAULT 0,
    avg_managing_relationships_score NUMERIC(5,2) NOT NULL DEFAULT 0,
    avg_overall_score                NUMERIC(5,2) NOT NULL DEFAULT 0,
    highest_scenario_completed       INTEGER      NOT NULL DEFAULT 0,
    last_activity                    TIMESTAMP,
    created_at                       TIMESTAMP  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at                       TIMESTAMP  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT uq_user_progress_user_id UNIQUE (user_id)
);
CREATE INDEX idx_user_progress_avg_overall_score ON user_progress (avg_overall_score);
CREATE INDEX idx_user_progress_highest_scenario_completed ON user_progress (highest_scenario_completed);
