-- Seed migration 5: feedback (performance feedback per dimension).
CREATE TABLE feedback (
    id                TEXT         NOT NULL PRIMARY KEY,
    negotiation_id    TEXT         NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
    user_id           TEXT         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    feedback_type     VARCHAR(50),
    theory_category   VARCHAR(50),
    score             NUMERIC(5,2),
    content           TEXT         NOT NULL,
    recommendations   TEXT CHECK (recommendations IS NULL OR json_valid(recommendations)),
    theory_references TEXT CHECK (theory_references IS NULL OR json_valid(theory_references)),
    created_at        TIMESTAMP  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_feedback_negotiation_id ON feedback (negotiation_id);
CREATE INDEX idx_feedback_user_id ON feedback (user_id);
CREATE INDEX idx_feedback_feedback_type ON feedback (feedback_type);
CREATE INDEX idx_feedback_theory_category ON feedback (theory_category);
