package io.negotiationmaster.persistence.internal.type;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.negotiationmaster.scenario.CatalogJson;

/** How a JSON column's value is written and read. */
public interface JsonCodec {

    /** The value as JSON text. */
    String write(Object value);

    /** The JSON text as a {@code type}; throws an unchecked exception when it does not fit. */
    <T> T read(String json, Class<T> type);

    /** The catalog's form (seed field names, empty values left out) for scenario and character configs. */
    static JsonCodec catalog(CatalogJson json) {
        return new JsonCodec() {
            @Override
            public String write(Object value) {
                return json.write(value);
            }

            @Override
            public <T> T read(String text, Class<T> type) {
                return json.read(text, type);
            }
        };
    }

    /**
     * The full form for engine state, messages and reports: every field written, empty collections included,
     * so records read back exactly.
     */
    static JsonCodec full() {
        ObjectMapper mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .build();
        return new JsonCodec() {
            @Override
            public String write(Object value) {
                try {
                    return mapper.writeValueAsString(value);
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName()
                            + " as JSON: " + e.getOriginalMessage(), e);
                }
            }

            @Override
            public <T> T read(String text, Class<T> type) {
                try {
                    return mapper.readValue(text, type);
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException("cannot read " + type.getSimpleName() + ": "
                            + e.getOriginalMessage(), e);
                }
            }
        };
    }
}
