package io.negotiationmaster.storage;

import java.util.List;
import java.util.Objects;

/**
 * One page of a listing.
 *
 * @param items the rows of this page, immutable
 * @param request the page that was asked for
 * @param total the number of rows in the whole listing
 * @param <T> the row type
 */
public record Page<T>(List<T> items, PageRequest request, long total) {
    /** Copies the items and validates. */
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(request, "request");
        if (total < items.size()) {
            throw new IllegalArgumentException("total must be at least the items on the page");
        }
    }

    /** Whether a page follows this one. */
    public boolean hasNext() {
        return request.offset() + items.size() < total;
    }
}
