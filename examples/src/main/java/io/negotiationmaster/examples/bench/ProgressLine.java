package io.negotiationmaster.examples.bench;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.Supplier;

/** A one-line progress display on a terminal's error stream, rewritten in place with {@code \r}. */
public final class ProgressLine {
    private final PrintWriter err;
    private int lastLength;

    /** @param err where the line goes (standard error) */
    public ProgressLine(PrintWriter err) {
        this.err = Objects.requireNonNull(err, "err");
    }

    /** Replaces the line with {@code text}. */
    public void show(String text) {
        String padded = text.length() < lastLength ? text + " ".repeat(lastLength - text.length()) : text;
        lastLength = text.length();
        err.print("\r" + padded);
        err.flush();
    }

    /** Ends the line so later output starts on a fresh one. */
    public void done() {
        if (lastLength > 0) {
            err.println();
            err.flush();
            lastLength = 0;
        }
    }

    /**
     * Waits for {@code work} while showing {@code status} every 250 ms; the caller ends the line with {@link #done()}.
     *
     * @param work the job, running on other threads; this method waits for it
     * @param status the text to show
     */
    public void whileRunning(java.util.concurrent.Future<?> work, Supplier<String> status)
            throws InterruptedException, java.util.concurrent.ExecutionException {
        while (true) {
            try {
                work.get(250, java.util.concurrent.TimeUnit.MILLISECONDS);
                show(status.get());
                return;
            } catch (java.util.concurrent.TimeoutException stillRunning) {
                show(status.get());
            }
        }
    }
}
