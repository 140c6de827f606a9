package io.negotiationmaster.persistence.proof;

import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.negotiation.Turn;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The process {@link CrashRecoveryTest} kills: plays negotiations on a SQLite file in two threads and prints
 * {@code ACK <negotiation id> <seq>} (flushed; {@code ERROR <exception>} if a call fails) for each user message and reply once the call that stored them has
 * returned, until it is killed. Arguments: the database file, the user id, a seed.
 */
public final class CrashChild {
    private static final List<String> SLUGS = List.of("used-car-honda-accord", "apartment-lease-riverside",
            "freelance-web-design-rate", "wedding-venue-booking");
    private static final List<String> LINES = List.of("Hello! Thanks for meeting me.",
            "What matters most to you here?", "Could you do 20,000 if we settle today?",
            "That is still above what comparable offers show.", "I could move a little: 21,000.",
            "Could you include the warranty?", "Meet me halfway?", "I appreciate your flexibility.");

    private CrashChild() {
    }

    /** Entry point; runs until killed. */
    public static void main(String[] args) throws InterruptedException {
        Path file = Path.of(args[0]);
        UUID user = UUID.fromString(args[1]);
        long seed = Long.parseLong(args[2]);
        PrintStream out = System.out;
        try (NegotiationMaster nm = NegotiationMaster.builder().sqlite(file).poolSize(3).build()) {
            synchronized (out) {
                out.println("READY");
                out.flush();
            }
            Thread a = new Thread(() -> play(nm, user, new Random(seed), out));
            Thread b = new Thread(() -> play(nm, user, new Random(seed + 1), out));
            a.start();
            b.start();
            a.join();
            b.join();
        }
    }

    private static void play(NegotiationMaster nm, UUID user, Random random, PrintStream out) {
        try {
            playForever(nm, user, random, out);
        } catch (RuntimeException e) {
            synchronized (out) {
                out.println("ERROR " + e);
                out.flush();
            }
            e.printStackTrace();
        }
    }

    private static void playForever(NegotiationMaster nm, UUID user, Random random, PrintStream out) {
        while (true) {
            Negotiation n = nm.negotiations().start(user, SLUGS.get(random.nextInt(SLUGS.size())), random.nextLong());
            ack(out, n.id(), 0);
            for (int i = 0; i < 12 && nm.negotiations().get(user, n.id()).inProgress(); i++) {
                Turn t = random.nextInt(10) == 0 ? nm.negotiations().accept(user, n.id())
                        : nm.negotiations().say(user, n.id(), LINES.get(random.nextInt(LINES.size())));
                ack(out, n.id(), t.userMessage().seq());
                ack(out, n.id(), t.reply().seq());
            }
        }
    }

    private static void ack(PrintStream out, UUID negotiation, int seq) {
        synchronized (out) {
            out.println("ACK " + negotiation + " " + seq);
            out.flush();
        }
    }
}
