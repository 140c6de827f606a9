package io.negotiationmaster.persistence.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test once on a fresh SQLite file and once on a fresh PostgreSQL schema; the test takes a
 * {@link TestDatabase} parameter. PostgreSQL unreachable: skipped with a visible message, but failing in CI.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BothDatabases.class)
public @interface DatabaseTest {
}
