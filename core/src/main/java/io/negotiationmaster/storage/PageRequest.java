package io.negotiationmaster.storage;

/**
 * A page of a listing: {@code page} counts from 0, {@code size} is 1 to 200.
 *
 * @param page the zero-based page number
 * @param size the number of rows per page
 */
public record PageRequest(int page, int size) {
    /** The largest page size a listing serves. */
    public static final int MAX_SIZE = 200;

    /** Validates the page and size. */
    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1-" + MAX_SIZE + ", was " + size);
        }
    }

    /** The first page of {@code size} rows. */
    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    /** The number of rows before this page. */
    public long offset() {
        return (long) page * size;
    }
}
