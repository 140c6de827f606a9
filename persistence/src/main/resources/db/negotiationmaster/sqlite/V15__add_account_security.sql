-- Account security beyond the seed: verification-token expiry, brute-force lockout kept in the database
-- (so several host instances agree), and refresh-token rotation bookkeeping for reuse detection.
ALTER TABLE users ADD COLUMN verification_token_expires_at TIMESTAMP;
ALTER TABLE users ADD COLUMN failed_login_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN first_failed_login_at TIMESTAMP;
ALTER TABLE users ADD COLUMN locked_until TIMESTAMP;
CREATE INDEX idx_users_verification_token ON users (verification_token);

ALTER TABLE refresh_tokens ADD COLUMN replaced_by TEXT;
ALTER TABLE refresh_tokens ADD COLUMN revoked_at TIMESTAMP;
ALTER TABLE refresh_tokens ADD COLUMN revoked_reason VARCHAR(50);
