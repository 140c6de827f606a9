package io.negotiationmaster.persistence.proof;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.account.Registration;
import io.negotiationmaster.error.NegotiationFinishedException;
import io.negotiationmaster.error.NegotiationMasterException;
import io.negotiationmaster.negotiation.NegotiationFilter;
import io.negotiationmaster.negotiation.Offer;
import io.negotiationmaster.persistence.Database;
import io.negotiationmaster.persistence.testing.TestDatabase;
import io.negotiationmaster.storage.PageRequest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.Lifespan;
import net.jqwik.api.lifecycle.Store;

/**
 * Hostile input at every public entry point, on SQLite and PostgreSQL: random and huge Unicode, control
 * characters, lone surrogates, SQL-injection and JSON-breaking strings, absurd numbers, malformed and foreign ids.
 * Only the library's typed exceptions may come out, and a refused call leaves every table's row count unchanged.
 * Null arguments are outside this proof: by the project's conventions they are programming errors answered with
 * a {@link NullPointerException} naming the parameter.
 */
class HostileInputProperties {
    private static final List<String> NASTY = List.of("'; DROP TABLE users; --", "\" OR 1=1 --", "' OR ''='",
            "1; DELETE FROM negotiations", "{\"a\":", "]}", "\\", "\\u0000", "\u0000", "\u0000abc", "$-5", "-5",
            "NaN", "Infinity", "-Infinity", "1e308", "-1e308", "1e-308", "99999999999999999999999999999",
            "$999,999,999,999,999.99", "-0", "0x7fffffff", "%s%n%x", "${jndi:ldap://x/a}", "<script>x</script>",
            "\uD800", "\uDFFF abc", "\u202Eevil", "\r\n\r\n", "\t", " ", "😀👍🏽", "Ω≈ç√∫", "null", "undefined",
            "true", "[]", "{}", "\"", "'", "used-car-honda-accord' --", "used-car-honda-accord\u0000",
            "I'll pay $1e308 for it", "How about -$5?", "twenty-one quintillion dollars", "$21,000,000,000,000,000",
            "0.0000000000000000001", "12,34,56.78.90", "€1.200,50", "1/0");

    private static World world(Database database) {
        return Store.getOrCreate(Tuple.of(HostileInputProperties.class, database), Lifespan.RUN,
                () -> new World(database)).get();
    }

    @Property(tries = 60)
    void accountEntryPointsAnswerHostileInputOnlyWithTypedErrors(@ForAll("hostile") String a,
            @ForAll("hostile") String b, @ForAll("hostile") String c) {
        for (Database database : Database.values()) {
            World w = world(database);
            w.call("register", () -> w.nm.accounts().register(new Registration(a, b, c, a, b)));
            w.call("register(valid email)", () -> w.nm.accounts().register(new Registration(
                    "x" + Math.abs(a.hashCode()) + "@example.com", b, c, a, c)));
            w.call("login", () -> w.nm.accounts().login(a, b, c));
            w.call("refresh", () -> w.nm.accounts().refresh(a));
            w.call("verifyEmail", () -> w.nm.accounts().verifyEmail(a));
            w.call("verifyAccessToken", () -> w.nm.accounts().verifyAccessToken(a));
            w.call("logout", () -> w.nm.accounts().logout(a));
        }
    }

    @Property(tries = 50)
    void scenarioEntryPointsAnswerHostileInputOnlyWithTypedErrors(@ForAll("hostile") String text,
            @ForAll long seed) {
        for (Database database : Database.values()) {
            World w = world(database);
            w.call("getBySlug", () -> w.nm.scenarios().getBySlug(text));
            w.call("exportScenario", () -> w.nm.scenarios().exportScenario(text));
            w.call("importScenario(raw)", () -> w.nm.scenarios().importScenario(text));
            String mutated = w.mutatedExport(new Random(seed), text);
            w.call("importScenario(mutated)", () -> w.nm.scenarios().importScenario(mutated));
        }
    }

    @Property(tries = 50)
    void negotiationEntryPointsAnswerHostileInputOnlyWithTypedErrors(@ForAll("hostile") String text,
            @ForAll("absurdAmounts") BigDecimal amount, @ForAll("hostile") String termKey,
            @ForAll("hostile") String termValue) {
        for (Database database : Database.values()) {
            World w = world(database);
            UUID stranger = UUID.randomUUID();
            UUID running = w.running();
            w.call("start(slug)", () -> w.nm.negotiations().start(w.alice, text));
            w.call("start(unknown user)", () -> w.nm.negotiations().start(stranger, "used-car-honda-accord"));
            w.call("say", () -> w.nm.negotiations().say(w.alice, running, text));
            w.call("say(unknown negotiation)", () -> w.nm.negotiations().say(w.alice, stranger, text));
            w.call("propose", () -> w.nm.negotiations().propose(w.alice, running,
                    new Offer(amount, Map.of(termKey, termValue))));
            w.call("propose(main only)", () -> w.nm.negotiations().propose(w.alice, running, Offer.of(amount)));
            w.call("accept(unknown)", () -> w.nm.negotiations().accept(w.alice, stranger));
            w.call("walkAway(unknown)", () -> w.nm.negotiations().walkAway(w.alice, stranger));
            w.call("abandon(unknown)", () -> w.nm.negotiations().abandon(w.alice, stranger));
            w.call("history(unknown)", () -> w.nm.negotiations().history(w.alice, stranger));
            w.call("history(other user's)", () -> w.nm.negotiations().history(stranger, running));
            w.call("list(unknown user)", () -> w.nm.negotiations().list(stranger, NegotiationFilter.all(),
                    PageRequest.first(5)));
        }
    }

    @Property(tries = 30)
    void performanceEntryPointsAnswerMalformedIdsOnlyWithTypedErrors(@ForAll("hostile") String text) {
        for (Database database : Database.values()) {
            World w = world(database);
            UUID stranger = UUID.nameUUIDFromBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            UUID running = w.running();
            w.call("finish(unknown)", () -> w.nm.performance().finish(w.alice, stranger));
            w.call("report(unknown)", () -> w.nm.performance().report(w.alice, stranger));
            w.call("finish(other user)", () -> w.nm.performance().finish(stranger, running));
            w.call("report(other user)", () -> w.nm.performance().report(stranger, running));
            w.call("progress(unknown user)", () -> w.nm.performance().progress(stranger));
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> nasty = Arbitraries.of(NASTY);
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> controls = Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1)
                .ofMaxLength(10);
        Arbitrary<String> huge = Arbitraries.strings().all().ofMinLength(3_990).ofMaxLength(4_200);
        Arbitrary<String> mixed = net.jqwik.api.Combinators.combine(anyChars, nasty, anyChars).as((x, y, z) -> x + y + z);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, nasty), net.jqwik.api.Tuple.of(3, anyChars),
                net.jqwik.api.Tuple.of(1, controls), net.jqwik.api.Tuple.of(1, huge),
                net.jqwik.api.Tuple.of(3, mixed));
    }

    @Provide
    Arbitrary<BigDecimal> absurdAmounts() {
        return Arbitraries.oneOf(
                Arbitraries.of("0", "0.00", "1e308", "1e-308", "99999999999999999999999999999.999", "0.0000001",
                        "123456789012.345", "1e15", "21000.005").map(BigDecimal::new),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1e40")).ofScale(6),
                Arbitraries.longs().greaterOrEqual(0).map(BigDecimal::valueOf));
    }

    /** One database with two users, a running negotiation of the first and the bundled catalog. */
    static final class World implements Store.CloseOnReset {
        private final TestDatabase db;
        private final Connection counter;
        final NegotiationMaster nm;
        final UUID alice;
        private final String export;
        private UUID running;
        private int calls;
        private int refused;

        /** Opens a fresh database of the given kind (PostgreSQL unreachable: the property is skipped). */
        World(Database database) {
            db = TestDatabase.create(database);
            nm = db.open(b -> b.bcryptCost(4));
            nm.scenarios().installCatalog();
            alice = nm.accounts().register(new Registration("alice@example.com", "alice", "alice-long-passphrase",
                    "Alice", "Fuzz")).user().id();
            export = nm.scenarios().exportScenario("used-car-honda-accord");
            try {
                counter = db.connect();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Alice's running negotiation (a new one once the last has ended). */
        UUID running() {
            if (running == null || !nm.negotiations().get(alice, running).inProgress()) {
                running = nm.negotiations().start(alice, "used-car-honda-accord", calls).id();
            }
            return running;
        }

        /** Runs {@code call}: success, or a library exception with every table's row count unchanged. */
        void call(String name, Runnable call) {
            Map<String, Long> before = counts();
            calls++;
            try {
                call.run();
            } catch (NegotiationFinishedException e) {
                running = null;
                assertThat(counts()).as(name).isEqualTo(before);
                refused++;
            } catch (RuntimeException e) {
                assertThat(e).as("%s on %s threw %s", name, db.database(), e).isInstanceOf(NegotiationMasterException.class);
                assertThat(counts()).as("%s on %s refused (%s) but wrote", name, db.database(), e.getMessage())
                        .isEqualTo(before);
                refused++;
            }
        }

        /** The bundled car scenario's export with fresh slugs and one value replaced by something hostile. */
        String mutatedExport(Random random, String hostile) {
            try {
                ObjectNode root = (ObjectNode) new ObjectMapper().readTree(export);
                String slug = "fuzz-" + Integer.toHexString(random.nextInt());
                ((ObjectNode) root.get("scenario")).put("slug", slug);
                ((ObjectNode) root.get("character")).put("slug", slug + "-c");
                ((ObjectNode) root.get("scenario")).remove("id");
                ((ObjectNode) root.get("character")).remove("id");
                List<JsonNode> containers = new ArrayList<>();
                collect(root, containers);
                JsonNode target = containers.get(random.nextInt(containers.size()));
                JsonNode replacement = switch (random.nextInt(6)) {
                    case 0 -> JsonNodeFactory.instance.textNode(hostile);
                    case 1 -> JsonNodeFactory.instance.numberNode(new BigDecimal("-1e308"));
                    case 2 -> JsonNodeFactory.instance.numberNode(new BigDecimal("1e308"));
                    case 3 -> JsonNodeFactory.instance.nullNode();
                    case 4 -> JsonNodeFactory.instance.arrayNode();
                    default -> JsonNodeFactory.instance.numberNode(-random.nextInt(100_000));
                };
                if (target instanceof ObjectNode o && o.size() > 0) {
                    List<String> names = new ArrayList<>();
                    o.fieldNames().forEachRemaining(names::add);
                    o.set(names.get(random.nextInt(names.size())), replacement);
                } else if (target instanceof ArrayNode a && a.size() > 0) {
                    a.set(random.nextInt(a.size()), replacement);
                }
                return root.toString();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void collect(JsonNode node, List<JsonNode> containers) {
            if (node.isContainerNode()) {
                containers.add(node);
                node.forEach(child -> collect(child, containers));
            }
        }

        private Map<String, Long> counts() {
            try {
                return StoredTurns.rowCounts(counter);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            System.out.printf("hostile input [%s]: %d calls, %d refused with typed errors%n",
                    db.database().folder(), calls, refused);
            try {
                counter.close();
            } catch (java.sql.SQLException e) {
                System.err.println("could not close the counting connection: " + e.getMessage());
            }
            db.close();
        }
    }
}
