-- Seed migration 7: refresh_tokens (only SHA-256 hashes of the tokens are stored).
CREATE TABLE refresh_tokens (
    id          TEXT         NOT NULL PRIMARY KEY,
    user_id     TEXT         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash  VARCHAR(255) NOT NULL,
    expires_at  TIMESTAMP  NOT NULL,
    device_info VARCHAR(500),
    is_revoked  BOOLEAN      NOT NULL DEFAULT 0,
    created_at  TIMESTAMP  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TIMESTAMP  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX idx_refresh_tokens_user_id ON refresh_tokens (user_id);
CREATE INDEX idx_refresh_tokens_token_hash ON refresh_tokens (token_hash);
CREATE INDEX idx_refresh_tokens_expires_at ON refresh_tokens (expires_at);
