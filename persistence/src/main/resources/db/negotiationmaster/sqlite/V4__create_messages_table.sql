-- Seed migration 4: messages (conversation history).
CREATE TABLE messages (
    id             TEXT        NOT NULL PRIMARY KEY,
    negotiation_id TEXT        NOT NULL REFERENCES negotiations (id) ON DELETE CASCADE,
    sender_type    VARCHAR(20) NOT NULL,
    sender_id      TEXT,
    content        TEXT        NOT NULL,
    message_type   VARCHAR(50),
    metadata       TEXT CHECK (metadata IS NULL OR json_valid(metadata)),
    "timestamp"    TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_messages_negotiation_id ON messages (negotiation_id);
CREATE INDEX idx_messages_timestamp ON messages ("timestamp");
CREATE INDEX idx_messages_message_type ON messages (message_type);
