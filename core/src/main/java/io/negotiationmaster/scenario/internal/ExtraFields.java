package io.negotiationmaster.scenario.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive copies that keep order, for the unknown-field maps and lists of the catalog's JSON records. */
public final class ExtraFields {
    private ExtraFields() {
    }

    /** An unmodifiable, order-keeping copy; {@code null} becomes an empty map. */
    public static Map<String, JsonNode> copy(Map<String, JsonNode> extra) {
        if (extra == null || extra.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** An unmodifiable, order-keeping copy of any map; {@code null} becomes an empty map. */
    public static <K, V> Map<K, V> copyMap(Map<K, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** An immutable copy; {@code null} becomes an empty list. */
    public static <T> List<T> copyList(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
