package io.negotiationmaster.scenario.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationmaster.scenario.CatalogJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the catalog bundled in {@code io/negotiationmaster/scenario/catalog/}: {@code index.json} lists the
 * scenario files in order ({@code {"scenarios": ["used-car-honda-accord.json", …]}}); each file is a
 * {@link ScenarioExport} without ids.
 */
public final class BundledCatalog {
    /** The resource folder of the catalog. */
    public static final String FOLDER = "/io/negotiationmaster/scenario/catalog/";

    private final CatalogJson json;

    /** @param json the catalog's JSON configuration */
    public BundledCatalog(CatalogJson json) {
        this.json = json;
    }

    /** The file names listed in the index, in order. */
    public List<String> fileNames() {
        JsonNode index = json.readTree(resource("index.json"));
        List<String> names = new ArrayList<>();
        index.path("scenarios").forEach(n -> names.add(n.asText()));
        if (names.isEmpty()) {
            throw new IllegalStateException("the bundled catalog index lists no scenarios");
        }
        return List.copyOf(names);
    }

    /** Every bundled document, in index order. */
    public List<ScenarioExport> load() {
        return fileNames().stream().map(this::load).toList();
    }

    /** The bundled document in {@code fileName}. */
    public ScenarioExport load(String fileName) {
        return json.read(resource(fileName), ScenarioExport.class);
    }

    private static String resource(String name) {
        try (InputStream in = BundledCatalog.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled catalog resource missing: " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled catalog resource " + FOLDER + name, e);
        }
    }
}
