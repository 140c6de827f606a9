-- Seed migration 5: feedback (performance feedback per dimension).
CREATE TABLE feedback (
    id                UUID         PRIMARY KEY,
    negotiation_id    UUID         NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
    user_id           UUID         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    feedback_type     VARCHAR(50),
    theory_category   VARCHAR(50),
    score             NUMERIC(5,2),
    content           TEXT         NOT NULL,
    recommendations   JSONB,
    theory_references JSONB,
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_feedback_negotiation_id ON feedback (negotiation_id);
CREATE INDEX idx_feedback_user_id ON feedback (user_id);
CREATE INDEX idx_feedback_feedback_type ON feedback (feedback_type);
CREATE INDEX idx_feedback_theory_category ON feedback (theory_category);
