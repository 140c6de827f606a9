/**
 * User accounts: registration with e-mail verification, password login with brute-force lockout, short-lived
 * JWT access tokens and rotating refresh tokens with reuse detection. The facet is
 * {@link io.negotiationmaster.account.Accounts}; {@link io.negotiationmaster.account.UserRepository} and
 * {@link io.negotiationmaster.account.RefreshTokenRepository} are the storage ports it needs.
 */
package io.negotiationmaster.account;
