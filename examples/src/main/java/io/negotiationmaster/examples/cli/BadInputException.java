package io.negotiationmaster.examples.cli;

/** Input the command cannot use (a bad script line, an unknown scenario, a missing file): exit code 2, one line. */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
