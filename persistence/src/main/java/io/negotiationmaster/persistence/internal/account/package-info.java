/** MyBatis storage of {@code users} and {@code refresh_tokens} behind the account ports. Not API. */
package io.negotiationmaster.persistence.internal.account;
