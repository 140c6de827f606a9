package io.negotiationmaster.engine.writing.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.negotiationmaster.engine.strategy.CommunicationStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parsed template bank, indexed by part and key. Immutable once loaded. */
public final class TemplateBank {
    /** The bundled bank's resource path. */
    public static final String RESOURCE = "/io/negotiationmaster/engine/writing/reply-templates.json";
    private static final Set<String> PARTS = Set.of("opener", "tactic", "body", "closer");
    private static final Set<String> TONES = Set.of("neutral", "warm", "anxious", "blunt");

    private final Map<String, List<Fragment>> byPartAndKey;
    private final int size;

    private record Row(@JsonProperty("id") String id, @JsonProperty("part") String part,
                       @JsonProperty("key") String key, @JsonProperty("styles") List<String> styles,
                       @JsonProperty("tone") String tone, @JsonProperty("text") String text) {
    }

    private record Bank(@JsonProperty("fragments") List<Row> fragments) {
    }

    private TemplateBank(Map<String, List<Fragment>> byPartAndKey, int size) {
        this.byPartAndKey = byPartAndKey;
        this.size = size;
    }

    /**
     * Loads the bundled bank.
     *
     * @throws UncheckedIOException when the resource is missing or unreadable
     * @throws IllegalArgumentException when a fragment is invalid
     */
    public static TemplateBank bundled() {
        try (InputStream in = TemplateBank.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + RESOURCE));
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Loads a bank from JSON ({@code {"fragments":[{"id","part","key","styles","tone","text"}]}}). */
    public static TemplateBank load(InputStream json) throws IOException {
        Bank bank = new ObjectMapper().readValue(json, Bank.class);
        Map<String, List<Fragment>> index = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (Row r : bank.fragments()) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("duplicate template id " + r.id());
            }
            if (!PARTS.contains(r.part())) {
                throw new IllegalArgumentException("template " + r.id() + " has unknown part " + r.part());
            }
            if (!TONES.contains(r.tone())) {
                throw new IllegalArgumentException("template " + r.id() + " has unknown tone " + r.tone());
            }
            Set<CommunicationStyle> styles = EnumSet.noneOf(CommunicationStyle.class);
            for (String s : r.styles()) {
                styles.add(CommunicationStyle.valueOf(s));
            }
            Fragment f = Fragment.parse(r.id(), r.part(), r.key(), styles, r.tone(), r.text());
            index.computeIfAbsent(r.part() + ":" + r.key(), k -> new ArrayList<>()).add(f);
        }
        Map<String, List<Fragment>> frozen = new HashMap<>();
        index.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new TemplateBank(Map.copyOf(frozen), ids.size());
    }

    /** The fragments of {@code part} serving {@code key}, in bank order (empty when none). */
    public List<Fragment> fragments(String part, String key) {
        return byPartAndKey.getOrDefault(part + ":" + key, List.of());
    }

    /** Number of fragments. */
    public int size() {
        return size;
    }
}
