-- Account security beyond the seed: verification-token expiry, brute-force lockout kept in the database
-- (so several host instances agree), and refresh-token rotation bookkeeping for reuse detection.
ALTER TABLE users ADD COLUMN verification_token_expires_at TIMESTAMPTZ;
ALTER TABLE users ADD COLUMN failed_login_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN first_failed_login_at TIMESTAMPTZ;
ALTER TABLE users ADD COLUMN locked_until TIMESTAMPTZ;
CREATE INDEX idx_users_verification_token ON users (verification_token);

ALTER TABLE refresh_tokens ADD COLUMN replaced_by UUID;
ALTER TABLE refresh_tokens ADD COLUMN revoked_at TIMESTAMPTZ;
ALTER TABLE refresh_tokens ADD COLUMN revoked_reason VARCHAR(50);
