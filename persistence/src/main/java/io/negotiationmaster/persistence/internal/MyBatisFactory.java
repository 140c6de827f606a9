package io.negotiationmaster.persistence.internal;

import io.negotiationmaster.persistence.Database;
import io.negotiationmaster.persistence.internal.type.InstantTypeHandler;
import io.negotiationmaster.persistence.internal.type.JsonCodec;
import io.negotiationmaster.persistence.internal.type.JsonTypeHandler;
import io.negotiationmaster.persistence.internal.type.UuidTypeHandler;
import io.negotiationmaster.scenario.CatalogJson;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.session.SqlSessionManager;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * Builds the library's MyBatis configuration in code from a host's or our own {@link DataSource}: records mapped
 * through constructor arguments by name, type handlers for UUIDs, instants and JSON columns per database, the
 * mappers, and the slow-statement logger.
 */
public final class MyBatisFactory {
    private MyBatisFactory() {
    }

    /**
     * @param catalogJsonTypes scenario and character configs, stored in the catalog's JSON form
     * @param jsonTypes other Java types stored as JSON columns, in the full form
     * @param mappers the mapper interfaces; each loads the XML of the same name beside it
     */
    public static SqlSessionManager create(DataSource dataSource, Database database, CatalogJson json,
            List<Class<?>> catalogJsonTypes, List<Class<?>> jsonTypes, List<Class<?>> mappers, Duration slowStatementThreshold) {
        Environment environment = new Environment("negotiationmaster", new JdbcTransactionFactory(), dataSource);
        Configuration configuration = new Configuration(environment);
        configuration.setDatabaseId(database.folder());
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setArgNameBasedConstructorAutoMapping(true);
        configuration.setLocalCacheScope(LocalCacheScope.STATEMENT);
        configuration.setCacheEnabled(false);
        configuration.setUseGeneratedKeys(false);
        var registry = configuration.getTypeHandlerRegistry();
        registry.register(UUID.class, new UuidTypeHandler(database));
        registry.register(Instant.class, new InstantTypeHandler(database));
        JsonCodec catalog = JsonCodec.catalog(json);
        for (Class<?> type : catalogJsonTypes) {
            registerJson(registry, type, jsonHandler(type, catalog, database));
        }
        JsonCodec full = JsonCodec.full();
        for (Class<?> type : jsonTypes) {
            registerJson(registry, type, jsonHandler(type, full, database));
        }
        configuration.addInterceptor(new SlowStatementLogger(slowStatementThreshold));
        for (Class<?> mapper : mappers) {
            configuration.addMapper(mapper);
        }
        SqlSessionFactory factory = new SqlSessionFactoryBuilder().build(configuration);
        return SqlSessionManager.newInstance(factory);
    }

    private static <T> JsonTypeHandler<T> jsonHandler(Class<T> type, JsonCodec json, Database database) {
        return new JsonTypeHandler<>(type, json, database);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void registerJson(org.apache.ibatis.type.TypeHandlerRegistry registry, Class<?> raw,
            JsonTypeHandler<?> handler) {
        registry.register((Class) raw, (org.apache.ibatis.type.TypeHandler) handler);
    }
}
