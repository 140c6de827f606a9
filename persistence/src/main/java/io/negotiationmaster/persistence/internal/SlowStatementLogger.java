package io.negotiationmaster.persistence.internal;

import java.time.Duration;
import java.util.Properties;
import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs, at WARN through SLF4J logger {@code io.negotiationmaster.sql.slow}, every mapped statement that took
 * longer than the threshold, with the mapper id and the time (never the bound values, which may be private).
 */
@Intercepts({
    @Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}),
    @Signature(type = Executor.class, method = "query",
            args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
    @Signature(type = Executor.class, method = "query",
            args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class, CacheKey.class,
                    BoundSql.class})
})
public final class SlowStatementLogger implements Interceptor {
    /** The logger name hosts can tune. */
    public static final String LOGGER = "io.negotiationmaster.sql.slow";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private final long thresholdNanos;

    /** @param threshold statements slower than this are logged */
    public SlowStatementLogger(Duration threshold) {
        this.thresholdNanos = threshold.toNanos();
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        long start = System.nanoTime();
        try {
            return invocation.proceed();
        } finally {
            long took = System.nanoTime() - start;
            if (took > thresholdNanos) {
                MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
                LOG.warn("slow statement {} took {} ms", statement.getId(), String.format("%.1f", took / 1e6));
            }
        }
    }

    @Override
    public void setProperties(Properties properties) {
        // configured through the constructor
    }
}
