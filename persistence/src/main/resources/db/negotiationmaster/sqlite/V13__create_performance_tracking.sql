-- Seed migration 13: performance tracking. negotiation_performance as documented; performance_milestones
-- (key moments of a performance) and user_performance_progress (per-user skill over time, one row per
-- user as the seed's relationship diagram draws it) designed from the Performance Analysis Flow.
CREATE TABLE negotiation_performance (
    id                              TEXT             NOT NULL PRIMARY KEY,
    negotiation_id                  TEXT             NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
    user_id                         TEXT             NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    scenario_id                     TEXT             NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
    claiming_value_score            REAL,
    claiming_value_analysis         TEXT,
    claiming_value_rating           VARCHAR(255),
    creating_value_score            REAL,
    creating_value_analysis         TEXT,
    creating_value_rating           VARCHAR(255),
    managing_relationships_score    REAL,
    managing_relationships_analysis TEXT,
    managing_relationships_rating   VARCHAR(255),
    overall_score                   REAL,
    overall_rating                  VARCHAR(255),
    overall_feedback                TEXT,
    conversation_duration_seconds   INTEGER,
    turn_count                      INTEGER,
    interruption_count              INTEGER,
    speaking_time_percentage        REAL,
    conversation_analysis           TEXT CHECK (conversation_analysis IS NULL OR json_valid(conversation_analysis)),
    negotiation_moves               TEXT CHECK (negotiation_moves IS NULL OR json_valid(negotiation_moves)),
    improvement_suggestions         TEXT CHECK (improvement_suggestions IS NULL OR json_valid(improvement_suggestions)),
    negotiation_style_identified    VARCHAR(255),
    personality_insights            TEXT CHECK (personality_insights IS NULL OR json_valid(personality_insights)),
    learning_objectives_met         TEXT CHECK (learning_objectives_met IS NULL OR json_valid(learning_objectives_met)),
    created_at                      TIMESTAMP      NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at                      TIMESTAMP      NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT uq_negotiation_performance_negotiation_id UNIQUE (negotiation_id)
);
CREATE INDEX idx_negotiation_performance_user_scenario ON negotiation_performance (user_id, scenario_id);
CREATE INDEX idx_negotiation_performance_overall_score ON negotiation_performance (overall_score);
CREATE INDEX idx_negotiation_performance_created_at ON negotiation_performance (created_at);

CREATE TABLE performance_milestones (
    id             TEXT             NOT NULL PRIMARY KEY,
    performance_id TEXT             NOT NULL REFERENCES negotiation_performance (id) ON DELETE CASCADE,
    negotiation_id TEXT             NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
    milestone_type VARCHAR(50)      NOT NULL,
    turn_index     INTEGER,
    party          VARCHAR(20),
    description    TEXT             NOT NULL,
    impact         REAL NOT NULL DEFAULT 0,
    details        TEXT CHECK (details IS NULL OR json_valid(details)),
    created_at     TIMESTAMP      NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_performance_milestones_performance_id ON performance_milestones (performance_id);
CREATE INDEX idx_performance_milestones_negotiation_id ON performance_milestones (negotiation_id);
CREATE INDEX idx_performance_milestones_milestone_type ON performance_milestones (milestone_type);

CREATE TABLE user_performance_progress (
    id                              TEXT             NOT NULL PRIMARY KEY,
    user_id                         TEXT             NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    sessions_count                  INTEGER          NOT NULL DEFAULT 0,
    claiming_value_skill            REAL NOT NULL DEFAULT 0,
    claiming_value_trend            VARCHAR(20),
    creating_value_skill            REAL NOT NULL DEFAULT 0,
    creating_value_trend            VARCHAR(20),
    managing_relationships_skill    REAL NOT NULL DEFAULT 0,
    managing_relationships_trend    VARCHAR(20),
    overall_skill                   REAL NOT NULL DEFAULT 0,
    overall_trend                   VARCHAR(20),
    strongest_skill                 VARCHAR(50),
    weakest_skill                   VARCHAR(50),
    skill_level                     VARCHAR(20),
    dimension_stats                 TEXT CHECK (dimension_stats IS NULL OR json_valid(dimension_stats)),
    last_session_at                 TIMESTAMP,
    created_at                      TIMESTAMP      NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at                      TIMESTAMP      NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT uq_user_performance_progress_user_id UNIQUE (user_id)
);
