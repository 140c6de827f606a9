package io.negotiationmaster.examples;

import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.account.Registration;
import io.negotiationmaster.account.User;
import io.negotiationmaster.error.AuthenticationException;
import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.negotiation.Turn;
import io.negotiationmaster.performance.DimensionScore;
import io.negotiationmaster.performance.PerformanceReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The smallest host program: builds the library on a SQLite file, installs the scenario catalog, registers a
 * user, plays a short scripted negotiation against the used-car dealer, and prints the report's scores.
 *
 * <p>Run with {@code java -cp examples/target/negotiationmaster-examples.jar
 * io.negotiationmaster.examples.EmbeddingExample [database-file]}; without an argument a temporary file is used.
 */
public final class EmbeddingExample {
    private static final List<String> SCRIPT = List.of(
            "Hi Sarah, the Accord looks great and I'd like to buy it today if we can agree on a price.",
            "Dealer A has a comparable Accord at $23,900 and the online average is $23,500. Could you do $21,500?",
            "If you can do $22,000, I'll sign today and skip the accessories.",
            "Let's meet in the middle: $22,500 and we have a deal.");

    private EmbeddingExample() {
    }

    /**
     * Plays the example negotiation and prints the scores.
     *
     * @param args optionally the SQLite database file to use
     * @throws IOException when the temporary database file cannot be created
     */
    public static void main(String[] args) throws IOException {
        Path database = args.length > 0 ? Path.of(args[0]) : Files.createTempFile("negotiationmaster-", ".db");
        try (NegotiationMaster nm = NegotiationMaster.builder()
                .sqlite(database)
                // For PostgreSQL use instead: .postgres("jdbc:postgresql://localhost/negotiationmaster", "user", "pw")
                .bcryptCost(10)
                .build()) {
            nm.scenarios().installCatalog();
            User user = exampleUser(nm);

            Negotiation negotiation = nm.negotiations().start(user.id(), "used-car-honda-accord", 42L);
            for (String line : SCRIPT) {
                if (!negotiation.inProgress()) {
                    break;
                }
                Turn turn = nm.negotiations().say(user.id(), negotiation.id(), line);
                System.out.println("you:    " + line);
                System.out.println("dealer: " + turn.reply().content());
                negotiation = turn.negotiation();
            }
            if (negotiation.inProgress() && negotiation.counterpartOffer().isPresent()) {
                Turn accepted = nm.negotiations().accept(user.id(), negotiation.id());
                System.out.println("dealer: " + accepted.reply().content());
            }

            PerformanceReport report = nm.performance().finish(user.id(), negotiation.id());
            print("Claiming value", report.claimingValue());
            print("Creating value", report.creatingValue());
            print("Managing relationships", report.managingRelationships());
            System.out.printf("%-24s %5.1f  %s%n", "Overall", report.overall().score(),
                    report.overall().rating().code());
        }
    }

    /** Signs the example user in, registering it on the first run against this database. */
    private static User exampleUser(NegotiationMaster nm) {
        String password = "example-password-1";
        try {
            return nm.accounts().login("embedding-example", password, "EmbeddingExample").user();
        } catch (AuthenticationException firstRun) {
            return nm.accounts().register(new Registration("embedding-example@example.invalid",
                    "embedding-example", password, "Example", "User")).user();
        }
    }

    private static void print(String name, DimensionScore score) {
        System.out.printf("%-24s %5.1f  %s%n", name, score.score(), score.rating().code());
    }
}
