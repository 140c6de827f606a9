-- Seed migration 13: performance tracking. negotiation_performance as documented; performance_milestones
-- (key moments of a performance) and user_performance_progress (per-user skill over time, one row per
-- user as the seed's relationship diagram draws it) designed from the Performance Analysis Flow.
CREATE TABLE negotiation_performance (
    id                              UUID             PRIMARY KEY,
    negotiation_id                  UUID             NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
    user_id                         UUID             NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    scenario_id                     UUID             NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
    claiming_value_score            DOUBLE PRECISION,
    claiming_value_analysis         TEXT,
    claiming_value_rating           VARCHAR(255),
    creating_value_score            DOUBLE PRECISION,
    creating_value_analysis         TEXT,
    creating_value_rating           VARCHAR(255),
    managing_relationships_score    DOUBLE PRECISION,
    managing_relationships_analysis TEXT,
    managing_relationships_rating   VARCHAR(255),
    overall_score                   DOUBLE PRECISION,
    overall_rating                  VARCHAR(255),
    overall_feedback                TEXT,
    conversation_duration_seconds   INTEGER,
    turn_count                      INTEGER,
    interruption_count              INTEGER,
    speaking_time_percentage        DOUBLE PRECISION,
    conversation_analysis           JSONB,
    negotiation_moves               JSONB,
    improvement_suggestions         JSONB,
    negotiation_style_identified    VARCHAR(255),
    personality_insights            JSONB,
    learning_objectives_met         JSONB,
    created_at                      TIMESTAMPTZ      NOT NULL DEFAULT NOW(),
    updated_at                      TIMESTAMPTZ      NOT NULL DEFAULT NOW(),
    CONSTRAINT uq_negotiation_performance_negotiation_id UNIQUE (negotiation_id)
);
CREATE INDEX idx_negotiation_performance_user_scenario ON negotiation_performance (user_id, scenario_id);
CREATE INDEX idx_negotiation_performance_overall_score ON negotiation_performance (overall_score);
CREATE INDEX idx_negotiation_performance_created_at ON negotiation_performance (created_at);

CREATE TABLE performance_milestones (
    id             UUID             PRIMARY KEY,
    performance_id UUID             NOT NULL REFERENCES negotiation_performance (id) ON DELETE CASCADE,
    negotiation_id UUID             NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
    milestone_type VARCHAR(50)      NOT NULL,
    turn_index     INTEGER,
    party          VARCHAR(20),
    description    TEXT             NOT NULL,
    impact         DOUBLE PRECISION NOT NULL DEFAULT 0,
    details        JSONB,
    created_at     TIMESTAMPTZ      NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_performance_milestones_performance_id ON performance_milestones (performance_id);
CREATE INDEX idx_performance_milestones_negotiation_id ON performance_milestones (negotiation_id);
CREATE INDEX idx_performance_milestones_milestone_type ON performance_milestones (milestone_type);

CREATE TABLE user_performance_progress (
    id                              UUID             PRIMARY KEY,
    user_id                         UUID             NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    sessions_count                  INTEGER          NOT NULL DEFAULT 0,
    claiming_value_skill            DOUBLE PRECISION NOT NULL DEFAULT 0,
    claiming_value_trend            VARCHAR(20),
    creating_value_skill            DOUBLE PRECISION NOT NULL DEFAULT 0,
    creating_value_trend            VARCHAR(20),
    managing_relationships_skill    DOUBLE PRECISION NOT NULL DEFAULT 0,
    managing_relationships_trend    VARCHAR(20),
    overall_skill                   DOUBLE PRECISION NOT NULL DEFAULT 0,
    overall_trend                   VARCHAR(20),
    strongest_skill                 VARCHAR(50),
    weakest_skill                   VARCHAR(50),
    skill_level                     VARCHAR(20),
    dimension_stats                 JSONB,
    last_session_at                 TIMESTAMPTZ,
    created_at                      TIMESTAMPTZ      NOT NULL DEFAULT NOW(),
    updated_at                      TIMESTAMPTZ      NOT NULL DEFAULT NOW(),
    CONSTRAINT uq_user_performance_progress_user_id UNIQUE (user_id)
);
