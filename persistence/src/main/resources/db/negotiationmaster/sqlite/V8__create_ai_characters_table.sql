-- Seed migration 8: ai_characters (AI counterparts). Confidential instructions arrive with migration 12.
CREATE TABLE ai_characters (
    id                  TEXT          NOT NULL PRIMARY KEY,
    name                VARCHAR(255)  NOT NULL,
    description         TEXT          NOT NULL,
    role                VARCHAR(255)  NOT NULL CHECK (role IN ('buyer', 'seller', 'mediator')),
    personality_profile TEXT         NOT NULL CHECK (personality_profile IS NULL OR json_valid(personality_profile)),
    behavior_parameters TEXT         NOT NULL CHECK (behavior_parameters IS NULL OR json_valid(behavior_parameters)),
    interests_template  TEXT         NOT NULL CHECK (interests_template IS NULL OR json_valid(interests_template)),
    batna_range_min     NUMERIC(10,2),
    batna_range_max     NUMERIC(10,2),
    communication_style TEXT          NOT NULL,
    negotiation_tactics TEXT         NOT NULL CHECK (negotiation_tactics IS NULL OR json_valid(negotiation_tactics)),
    is_active           BOOLEAN       NOT NULL DEFAULT 1,
    created_at          TIMESTAMP   NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at          TIMESTAMP   NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_ai_characters_role ON ai_characters (role);
CREATE INDEX idx_ai_characters_is_active ON ai_characters (is_active);
