package io.negotiationmaster.persistence.internal.account;

import io.negotiationmaster.account.AccountSettings;
import io.negotiationmaster.account.Accounts;
import io.negotiationmaster.account.SigningKey;
import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.persistence.internal.SqlTransactions;
import java.security.SecureRandom;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Resolves the builder's account options into {@link AccountSettings} and builds the {@link Accounts} facet. */
public final class AccountWiring {
    private static final Logger LOG = LoggerFactory.getLogger(AccountWiring.class);

    private AccountWiring() {
    }

    /**
     * The effective settings: {@code given} (or the defaults), with {@code jwtSecret} and {@code bcryptCost}
     * applied on top when set. Without any key, a random HS256 key for this instance only, with a WARN.
     *
     * @throws ValidationException with field {@code accountSettings} when a value is out of range
     */
    public static AccountSettings settings(AccountSettings given, byte[] jwtSecret, Integer bcryptCost) {
        try {
            AccountSettings settings = given;
            if (settings == null) {
                SigningKey key;
                if (jwtSecret != null) {
                    key = SigningKey.hs256(jwtSecret);
                } else {
                    LOG.warn("no JWT signing key configured (NegotiationMaster.builder().jwtSecret(…) or "
                            + "accountSettings(…)): using a random key for this instance; access tokens will not "
                            + "survive a restart and other instances will refuse them");
                    key = SigningKey.randomHs256(new SecureRandom());
                }
                settings = AccountSettings.defaults(key);
            } else if (jwtSecret != null) {
                settings = settings.withSigningKey(SigningKey.hs256(jwtSecret));
            }
            if (bcryptCost != null) {
                settings = settings.withBcryptCost(bcryptCost);
            }
            return settings;
        } catch (IllegalArgumentException e) {
            throw new ValidationException("accountSettings", "accountSettings: " + e.getMessage());
        }
    }

    /** The facet over this instance's transactions. */
    public static Accounts accounts(SqlTransactions transactions, Clock clock, AccountSettings settings) {
        return new Accounts(new SqlUserRepository(transactions), new SqlRefreshTokenRepository(transactions),
                transactions, clock, settings);
    }
}
