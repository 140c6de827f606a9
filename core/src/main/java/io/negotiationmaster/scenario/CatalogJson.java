package io.negotiationmaster.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonGenerator;
import io.negotiationmaster.error.ValidationException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The one Jackson configuration for the catalog's JSON columns and documents: snake_case property names (the
 * seed's names), decimals read exactly as {@link java.math.BigDecimal}, nulls and empty lists or texts not written (unknown fields are
 * written back as they were), ISO-8601 instants.
 * {@link Optional} values (in views) are written as their content or {@code null}. The persistence module's JSON
 * type handlers use the same instance so a column reads back as it was written.
 *
 * <p>Thread-safe and immutable once built; create one per library instance (no static state).
 */
public final class CatalogJson {
    private final ObjectMapper mapper;

    /** Builds the configured mapper. */
    public CatalogJson() {
        this.mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                        JsonInclude.Include.ALWAYS))
                .addModule(new JavaTimeModule())
                .addModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
                .addModule(new SimpleModule("negotiationmaster-optional")
                        .addSerializer(new OptionalSerializer()))
                .build();
    }

    /**
     * Writes {@code value} as compact JSON.
     *
     * @throws IllegalArgumentException when the value is not a catalog JSON type
     */
    public String write(Object value) {
        Objects.requireNonNull(value, "value");
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Writes {@code value} as indented JSON, for documents a person reads (exports). */
    public String writePretty(Object value) {
        Objects.requireNonNull(value, "value");
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads {@code json} as a {@code type}.
     *
     * @throws ValidationException when the text is not JSON or does not fit the type; {@link
     *     ValidationException#field()} is the JSON path of the offending value (e.g. {@code "personality_profile.openness"})
     *     or {@code "json"} when the text itself is malformed. Persistence wraps it into a
     *     {@link io.negotiationmaster.error.CorruptDataException} naming the row and column.
     */
    public <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        try {
            T value = mapper.readValue(json, type);
            if (value == null) {
                throw new ValidationException("json", "cannot read " + type.getSimpleName() + ": the JSON is null");
            }
            return value;
        } catch (JsonMappingException e) {
            String path = pathOf(e);
            throw invalid(path.isEmpty() ? "json" : path,
                    "cannot read " + type.getSimpleName() + (path.isEmpty() ? "" : " at " + path) + ": "
                            + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw invalid("json", "cannot read " + type.getSimpleName() + ": malformed JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Reads {@code json} as a tree. @throws ValidationException when the text is not JSON */
    public JsonNode readTree(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw invalid("json", "malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Converts a value to its JSON tree (same naming and inclusion as {@link #write(Object)}). */
    public JsonNode toTree(Object value) {
        return mapper.valueToTree(value);
    }

    /** Writes a present {@link Optional} as its value and an empty one as {@code null}, so views serialise. */
    private static final class OptionalSerializer extends StdSerializer<Optional<?>> {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings({"unchecked", "rawtypes"})
        OptionalSerializer() {
            super((Class) Optional.class);
        }

        @Override
        public void serialize(Optional<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.isPresent()) {
                provider.defaultSerializeValue(value.get(), gen);
            } else {
                gen.writeNull();
            }
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Optional<?> value) {
            return value == null || value.isEmpty();
        }
    }

    private static ValidationException invalid(String field, String message, Exception cause) {
        ValidationException invalid = new ValidationException(field, message);
        invalid.initCause(cause);
        return invalid;
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
