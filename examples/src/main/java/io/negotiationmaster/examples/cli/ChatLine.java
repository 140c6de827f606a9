package io.negotiationmaster.examples.cli;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** One line the person typed or the script holds: either a message for the counterpart or a chat command. */
record ChatLine(Optional<Command> command, String text) {

    /** The chat commands of the demo. */
    enum Command {
        /** Shows both standing offers. */
        OFFER("/offer", "show both standing offers"),
        /** Accepts the counterpart's standing offer. */
        ACCEPT("/accept", "accept the counterpart's standing offer"),
        /** Walks away without a deal. */
        WALK("/walk", "walk away without a deal"),
        /** Stops here and shows the report. */
        END("/end", "stop here and show the report"),
        /** Lists the commands. */
        HELP("/help", "list these commands");

        private final String word;
        private final String description;

        Command(String word, String description) {
            this.word = word;
            this.description = description;
        }

        String word() {
            return word;
        }

        String description() {
            return description;
        }
    }

    ChatLine {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(text, "text");
    }

    /** Whether the line is to be skipped in a script (blank or a {@code #} comment). */
    static boolean skipped(String line) {
        String trimmed = line.strip();
        return trimmed.isEmpty() || trimmed.startsWith("#");
    }

    /**
     * Reads a (non-skipped) line.
     *
     * @throws BadInputException for a line starting with {@code /} that names no command
     */
    static ChatLine parse(String line) {
        String trimmed = line.strip();
        if (!trimmed.startsWith("/")) {
            return new ChatLine(Optional.empty(), trimmed);
        }
        String word = trimmed.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        for (Command c : Command.values()) {
            if (c.word().equals(word)) {
                return new ChatLine(Optional.of(c), trimmed);
            }
        }
        throw new BadInputException("unknown command '" + word + "' (commands: /offer, /accept, /walk, /end, /help)");
    }
}
