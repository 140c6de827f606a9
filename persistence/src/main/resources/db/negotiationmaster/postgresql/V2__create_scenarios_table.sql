-- Seed migration 2: scenarios. The default AI character arrives with migration 11.
CREATE TABLE scenarios (
    id                  UUID         PRIMARY KEY,
    title               VARCHAR(255) NOT NULL,
    description         TEXT         NOT NULL,
    difficulty_level    INTEGER      NOT NULL CHECK (difficulty_level BETWEEN 1 AND 7),
    ai_character_config JSONB        NOT NULL,
    scenario_context    JSONB        NOT NULL,
    scenario_variables  JSONB,
    evaluation_criteria JSONB        NOT NULL,
    system_prompt       TEXT,
    initial_message     TEXT,
    is_active           BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_scenarios_difficulty_level ON scenarios (difficulty_level);
CREATE INDEX idx_scenarios_is_active ON scenarios (is_active);
