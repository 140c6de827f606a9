-- Seed migration 4: messages (conversation history).
CREATE TABLE messages (
    id             UUID        PRIMARY KEY,
    negotiation_id UUID        NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
    sender_type    VARCHAR(20) NOT NULL,
    sender_id      UUID,
    content        TEXT        NOT NULL,
    message_type   VARCHAR(50),
    metadata       JSONB,
    "timestamp"    TIMESTAMPTZ NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_messages_negotiation_id ON messages (negotiation_id);
CREATE INDEX idx_messages_timestamp ON messages ("timestamp");
CREATE INDEX idx_messages_message_type ON messages (message_type);
