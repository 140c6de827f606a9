package io.negotiationmaster.persistence.testing;

import io.negotiationmaster.persistence.Database;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** The JUnit extension behind {@link DatabaseTest}: one invocation per database, each with its own database. */
public final class BothDatabases implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(Database.SQLITE, Database.POSTGRESQL).map(BothDatabases::invocation);
    }

    private static TestTemplateInvocationContext invocation(Database database) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return "[" + database.folder() + "]";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new Resolver(database));
            }
        };
    }

    private record Resolver(Database database) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            ExtensionContext.Store store = context.getStore(ExtensionContext.Namespace.create(BothDatabases.class));
            return store.getOrComputeIfAbsent("db", key -> TestDatabase.create(database), TestDatabase.class);
        }
    }
}
