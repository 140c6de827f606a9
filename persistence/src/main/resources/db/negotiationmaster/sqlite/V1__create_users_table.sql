-- Seed migration 1: users (accounts and authentication).
CREATE TABLE users (
    id                 TEXT         NOT NULL PRIMARY KEY,
    email              VARCHAR(255) NOT NULL,
    username           VARCHAR(255) NOT NULL,
    password_hash      VARCHAR(255) NOT NULL,
    first_name         VARCHAR(255) NOT NULL,
    last_name          VARCHAR(255) NOT NULL,
    email_verified     BOOLEAN      NOT NULL DEFAULT 0,
    verification_token VARCHAR(255),
    last_login         TIMESTAMP,
    created_at         TIMESTAMP  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at         TIMESTAMP  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT uq_users_email UNIQUE (email),
    CONSTRAINT uq_users_username UNIQUE (username)
);
