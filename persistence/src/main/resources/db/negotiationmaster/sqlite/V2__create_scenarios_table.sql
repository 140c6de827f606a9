-- Seed migration 2: scenarios. The default AI character arrives with migration 11.
CREATE TABLE scenarios (
    id                  TEXT         NOT NULL PRIMARY KEY,
    title               VARCHAR(255) NOT NULL,
    description         TEXT         NOT NULL,
    difficulty_level    INTEGER      NOT NULL CHECK (difficulty_level BETWEEN 1 AND 7),
    ai_character_config TEXT        NOT NULL CHECK (ai_character_config IS NULL OR json_valid(ai_character_config)),
    scenario_context    TEXT        NOT NULL CHECK (scenario_context IS NULL OR json_valid(scenario_context)),
    scenario_variables  TEXT CHECK (scenario_variables IS NULL OR json_valid(scenario_variables)),
    evaluation_criteria TEXT        NOT NULL CHECK (evaluation_criteria IS NULL OR json_valid(evaluation_criteria)),
    system_prompt       TEXT,
    initial_message     TEXT,
    is_active           BOOLEAN      NOT NULL DEFAULT 1,
    created_at          TIMESTAMP  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at          TIMESTAMP  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_scenarios_difficulty_level ON scenarios (difficulty_level);
CREATE INDEX idx_scenarios_is_active ON scenarios (is_active);
