-- Seed migration 8: ai_characters (AI counterparts). Confidential instructions arrive with migration 12.
CREATE TABLE ai_characters (
    id                  UUID          PRIMARY KEY,
    name                VARCHAR(255)  NOT NULL,
    description         TEXT          NOT NULL,
    role                VARCHAR(255)  NOT NULL CHECK (role IN ('buyer', 'seller', 'mediator')),
    personality_profile JSONB         NOT NULL,
    behavior_parameters JSONB         NOT NULL,
    interests_template  JSONB         NOT NULL,
    batna_range_min     NUMERIC(10,2),
    batna_range_max     NUMERIC(10,2),
    communication_style TEXT          NOT NULL,
    negotiation_tactics JSONB         NOT NULL,
    is_active           BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at          TIMESTAMPTZ   NOT NULL DEFAULT NOW(),
    updated_at          TIMESTAMPTZ   NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_ai_characters_role ON ai_characters (role);
CREATE INDEX idx_ai_characters_is_active ON ai_characters (is_active);
