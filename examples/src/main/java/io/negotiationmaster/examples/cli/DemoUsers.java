package io.negotiationmaster.examples.cli;

import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.account.Registration;
import io.negotiationmaster.account.User;
import io.negotiationmaster.error.AuthenticationException;
import java.util.Locale;

/**
 * The demo commands' accounts: {@code --user NAME} is the account NAME with the password
 * {@code demo-password-NAME}, registered as {@code NAME@demo.invalid} the first time {@code demo} runs for it.
 */
final class DemoUsers {
    private DemoUsers() {
    }

    /** The account NAME, registered first when it does not exist yet ({@code demo}). */
    static User signInOrRegister(NegotiationMaster nm, String name) {
        try {
            return signIn(nm, name);
        } catch (BadInputException unknown) {
            String email = name.toLowerCase(Locale.ROOT) + "@demo.invalid";
            return nm.accounts().register(new Registration(email, name, password(name), "Demo", name)).user();
        }
    }

    /**
     * The existing account NAME (read-only commands such as {@code progress}).
     *
     * @throws BadInputException when no demo account NAME exists
     */
    static User signIn(NegotiationMaster nm, String name) {
        try {
            return nm.accounts().login(name, password(name), "negotiationmaster demo").user();
        } catch (AuthenticationException unknown) {
            throw new BadInputException("no demo user '" + name + "' (play `demo --user " + name + "` first)");
        }
    }

    private static String password(String name) {
        return "demo-password-" + name;
    }
}
