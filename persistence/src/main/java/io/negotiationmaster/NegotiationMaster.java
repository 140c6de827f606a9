package io.negotiationmaster;

import com.zaxxer.hikari.HikariDataSource;
import io.negotiationmaster.account.AccountSettings;
import io.negotiationmaster.account.Accounts;
import io.negotiationmaster.coaching.Coach;
import io.negotiationmaster.coaching.Coaching;
import io.negotiationmaster.error.StorageException;
import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.persistence.Database;
import io.negotiationmaster.persistence.Maintenance;
import io.negotiationmaster.persistence.Migrations;
import io.negotiationmaster.persistence.internal.DataSources;
import io.negotiationmaster.persistence.internal.MyBatisFactory;
import io.negotiationmaster.persistence.internal.SqlTransactions;
import io.negotiationmaster.persistence.internal.catalog.CatalogMapper;
import io.negotiationmaster.persistence.internal.catalog.MyBatisCharacterRepository;
import io.negotiationmaster.persistence.internal.catalog.MyBatisScenarioRepository;
import io.negotiationmaster.persistence.internal.negotiation.MoveCodes;
import io.negotiationmaster.persistence.internal.performance.MyBatisPerformanceStore;
import io.negotiationmaster.persistence.internal.performance.PerformanceMapper;
import io.negotiationmaster.performance.Performance;
import io.negotiationmaster.performance.PerformanceAnalyzer;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.performance.ProgressSummary;
import io.negotiationmaster.scoring.StandardAnalyzer;
import io.negotiationmaster.scoring.progress.ProgressCalculator;
import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationmaster.persistence.internal.negotiation.MyBatisNegotiationStore;
import io.negotiationmaster.persistence.internal.negotiation.NegotiationMapper;
import io.negotiationmaster.engine.CounterpartEngine;
import io.negotiationmaster.engine.EngineState;
import io.negotiationmaster.engine.writing.LanguageModel;
import io.negotiationmaster.negotiation.MessageMetadata;
import io.negotiationmaster.negotiation.Negotiations;
import io.negotiationmaster.negotiation.Offer;
import io.negotiationmaster.scenario.BehaviorParameters;
import io.negotiationmaster.scenario.CatalogJson;
import io.negotiationmaster.scenario.CharacterConfig;
import io.negotiationmaster.scenario.Characters;
import io.negotiationmaster.scenario.EvaluationCriteria;
import io.negotiationmaster.scenario.InterestsTemplate;
import io.negotiationmaster.scenario.NegotiationTactics;
import io.negotiationmaster.scenario.PersonalityProfile;
import io.negotiationmaster.scenario.ScenarioCatalog;
import io.negotiationmaster.scenario.ScenarioContext;
import io.negotiationmaster.scenario.ScenarioVariables;
import io.negotiationmaster.scenario.Scenarios;
import io.negotiationmaster.persistence.internal.account.AccountMapper;
import io.negotiationmaster.persistence.internal.account.AccountWiring;
import io.negotiationmaster.persistence.internal.voice.MyBatisVoiceStore;
import io.negotiationmaster.persistence.internal.voice.VoiceMapper;
import io.negotiationmaster.voice.EspeakTextToSpeech;
import io.negotiationmaster.voice.SpeechToText;
import io.negotiationmaster.voice.TextToSpeech;
import io.negotiationmaster.voice.Voice;
import io.negotiationmaster.storage.Transactions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The one entry point of the library. Build it once per database, share it across threads, close it when the
 * host shuts down. Its facets are plain Java services.
 *
 * <pre>{@code
 * try (NegotiationMaster nm = NegotiationMaster.builder()
 *         .sqlite(Path.of("negotiationmaster.db"))   // or .postgres(url, user, password) or .dataSource(ds)
 *         .build()) {                               // migrates the schema unless .migrate(false)
 *     nm.maintenance().analyze();
 * }
 * }</pre>
 *
 * <p>{@link #close()} releases only what the library opened: a pool it built for {@code sqlite(…)} or
 * {@code postgres(…)}; a host's own {@link DataSource} stays open.
 */
public final class NegotiationMaster implements AutoCloseable {
    private final Database database;
    private final DataSource dataSource;
    private final HikariDataSource ownedPool;
    private final Clock clock;
    private final String schemaVersion;
    private final SqlTransactions transactions;
    private final Maintenance maintenance;
    private final Scenarios scenarios;
    private final Characters characters;
    private final ScenarioCatalog catalog;
    private final CounterpartEngine engine;
    private final Negotiations negotiations;
    private final Performance performance;
    private final Coaching coaching;

    /** Scenario and character configs stored in JSON columns. */
    private static final List<Class<?>> JSON_TYPES = List.of(CharacterConfig.class, ScenarioContext.class,
            ScenarioVariables.class, EvaluationCriteria.class, PersonalityProfile.class, BehaviorParameters.class,
            InterestsTemplate.class, NegotiationTactics.class);
    /** Other Java types stored in JSON columns. */
    private static final List<Class<?>> STATE_JSON_TYPES = List.of(EngineState.class, Offer.class,
            MessageMetadata.class, MoveCodes.class, JsonNode.class, PerformanceReport.class, ProgressSummary.class);
    /** The MyBatis mappers, each with its XML beside it. */
    private static final List<Class<?>> MAPPERS = List.of(CatalogMapper.class, NegotiationMapper.class, PerformanceMapper.class,
            AccountMapper.class, VoiceMapper.class);
    private final Accounts accounts;
    private final Voice voice;

    private NegotiationMaster(Builder b, Database database, DataSource dataSource, HikariDataSource ownedPool,
            String schemaVersion, AccountSettings accountSettings) {
        this.database = database;
        this.dataSource = dataSource;
        this.ownedPool = ownedPool;
        this.clock = b.clock;
        this.schemaVersion = schemaVersion;
        CatalogJson json = new CatalogJson();
        this.transactions = new SqlTransactions(MyBatisFactory.create(dataSource, database, json,
                JSON_TYPES, STATE_JSON_TYPES, MAPPERS, b.slowStatementThreshold));
        this.maintenance = new Maintenance(dataSource, database);
        var scenarioRepository = new MyBatisScenarioRepository(transactions);
        var characterRepository = new MyBatisCharacterRepository(transactions);
        this.scenarios = new Scenarios(scenarioRepository, characterRepository, transactions, clock);
        this.characters = new Characters(characterRepository, transactions, clock);
        this.catalog = new ScenarioCatalog(scenarioRepository, characterRepository);
        this.engine = new CounterpartEngine(b.languageModel, b.languageModelTimeout);
        var negotiationStore = new MyBatisNegotiationStore(transactions, clock);
        this.negotiations = new Negotiations(negotiationStore, catalog, engine,
                transactions, clock, b.languageModel != null);
        PerformanceAnalyzer analyzer = b.analyzer != null ? b.analyzer : new StandardAnalyzer();
        this.performance = new Performance(negotiations, negotiationStore,
                new MyBatisPerformanceStore(transactions, json, java.util.UUID::randomUUID), catalog,
                scenarioRepository, analyzer, new ProgressCalculator(), transactions, clock);
        this.accounts = AccountWiring.accounts(transactions, clock, accountSettings);
        this.voice = new Voice(negotiations, catalog, new MyBatisVoiceStore(transactions), transactions, clock,
                Optional.ofNullable(b.speechToText), b.textToSpeech != null ? b.textToSpeech
                        : EspeakTextToSpeech.detect().map(TextToSpeech.class::cast));
        this.coaching = new Coaching(negotiations, negotiationStore, catalog,
                new Coach(engine, analyzer), transactions);
    }

    /** A new builder; nothing is opened until {@link Builder#build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Which database this instance runs on. */
    public Database database() {
        return database;
    }

    /** The schema version the migrations reached at build, or {@code "unknown"} when migration was off. */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** The clock every timestamp of this instance comes from. */
    public Clock clock() {
        return clock;
    }

    /** Table sizes, {@code ANALYZE}, {@code VACUUM} and SQLite backups. */
    public Maintenance maintenance() {
        return maintenance;
    }

    /** The scenario catalog: list, read, author, import and export scenarios; install the bundled catalog. */
    public Scenarios scenarios() {
        return scenarios;
    }

    /** The AI characters: list, read and author the counterparts. */
    public Characters characters() {
        return characters;
    }

    /** Negotiations: start, say, propose, accept, walk away, history, list; listeners for hosts' push channels. */
    public Negotiations negotiations() {
        return negotiations;
    }

    /** Scoring: finish a negotiation into a stored performance report, read reports, progress and what to do next. */
    public Performance performance() {
        return performance;
    }

    /** What-if coaching: replays of a user's ended negotiation with a better move at its decisive moments. */
    public Coaching coaching() {
        return coaching;
    }

    /** The AI counterpart engine, for in-memory tools (replays, simulations, reading a message). */
    public CounterpartEngine engine() {
        return engine;
    }

    /**
     * Voice sessions: the user speaks (audio through the builder's {@code speechToText}, or words the host's browser
     * recognised), the counterpart answers in its voice (the builder's {@code textToSpeech}; by default espeak-ng
     * when installed), and speaking times and interruptions reach the performance report.
     */
    public Voice voice() {
        return voice;
    }

    /** Registration, e-mail verification, login, JWT access tokens, rotating refresh tokens, lockout. */
    public Accounts accounts() {
        return accounts;
    }

    /** Runs {@code work} as one transaction over every facet's writes; for hosts composing several calls. */
    public Transactions transactions() {
        return transactions;
    }

    /** Closes the connection pool the library opened; a host's own {@code DataSource} is left open. */
    @Override
    public void close() {
        if (ownedPool != null) {
            ownedPool.close();
        }
    }

    /**
     * Configures a {@link NegotiationMaster}. Exactly one of {@link #sqlite(Path)}, {@link #sqliteInMemory()},
     * {@link #postgres(String, String, String)} or {@link #dataSource(DataSource)} is required; everything else
     * has a default. The configuration is validated once at {@link #build()}.
     */
    public static final class Builder {
        private Path sqliteFile;
        private boolean sqliteMemory;
        private String postgresUrl;
        private String postgresUser;
        private String postgresPassword;
        private DataSource hostDataSource;
        private String schema;
        private Clock clock = Clock.systemUTC();
        private boolean migrate = true;
        private int poolSize = 10;
        private Duration slowStatementThreshold = Duration.ofMillis(200);
        private LanguageModel languageModel;
        private PerformanceAnalyzer analyzer;
        private Duration languageModelTimeout = Duration.ofSeconds(10);
        private AccountSettings accountSettings;
        private byte[] jwtSecret;
        private Integer bcryptCost;
        private SpeechToText speechToText;
        /** {@code null} until chosen: then espeak-ng when installed. */
        private Optional<TextToSpeech> textToSpeech;

        private Builder() {
        }

        /** The speech-to-text provider for voice sessions' audio input. Default: none (audio input is refused). */
        public Builder speechToText(SpeechToText provider) {
            this.speechToText = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /**
         * The text-to-speech provider that speaks the counterpart's replies in voice sessions. Default: espeak-ng
         * ({@code /usr/bin/espeak-ng}) when installed, else none (replies come back as text only).
         */
        public Builder textToSpeech(TextToSpeech provider) {
            this.textToSpeech = Optional.of(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /** No text-to-speech at all, not even espeak-ng when installed: voice replies come back as text only. */
        public Builder noTextToSpeech() {
            this.textToSpeech = Optional.empty();
            return this;
        }

        /** An embedded SQLite database in {@code file} (created, with its folder, when missing). */
        public Builder sqlite(Path file) {
            this.sqliteFile = Objects.requireNonNull(file, "file");
            return this;
        }

        /** A private in-memory SQLite database that lives as long as this instance. For tests and tools. */
        public Builder sqliteInMemory() {
            this.sqliteMemory = true;
            return this;
        }

        /** A PostgreSQL server; the library opens (and on close, closes) a HikariCP pool to it. */
        public Builder postgres(String jdbcUrl, String user, String password) {
            this.postgresUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            this.postgresUser = user;
            this.postgresPassword = password;
            return this;
        }

        /** The host's own pool (SQLite or PostgreSQL, detected); the library never closes it. */
        public Builder dataSource(DataSource dataSource) {
            this.hostDataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /** PostgreSQL only: the schema the library's tables live in (created by the migration when missing). */
        public Builder schema(String schema) {
            this.schema = Objects.requireNonNull(schema, "schema");
            return this;
        }

        /** The clock for every stored timestamp and every expiry. Default: the system UTC clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Whether {@link #build()} applies pending migrations (default {@code true}). See {@link Migrations}. */
        public Builder migrate(boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        /** Maximum connections of a pool the library opens (default 10; SQLite in memory always uses 1). */
        public Builder poolSize(int poolSize) {
            this.poolSize = poolSize;
            return this;
        }

        /** Statements slower than this are logged at WARN (logger {@code io.negotiationmaster.sql.slow}). */
        public Builder slowStatementThreshold(Duration threshold) {
            this.slowStatementThreshold = Objects.requireNonNull(threshold, "threshold");
            return this;
        }

        /** Replaces the standard performance analysis (the {@code scoring} module's) with the host's own. */
        public Builder performanceAnalyzer(PerformanceAnalyzer analyzer) {
            this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
            return this;
        }

        /**
         * Lets a language model phrase the counterpart's decided moves (the engine still decides; the model's text
         * is checked and replaced by the template reply on any doubt, error or timeout). Default: templates only.
         */
        public Builder languageModel(LanguageModel model, Duration timeout) {
            this.languageModel = Objects.requireNonNull(model, "model");
            this.languageModelTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Everything {@link Accounts} needs: bcrypt cost, JWT key, issuer, audience, lifetimes, lockout. Default:
         * {@link AccountSettings#defaults(io.negotiationmaster.account.SigningKey)} with the {@link #jwtSecret(byte[])}
         * key, or, with no key at all, a random HS256 key for this instance only (logged at WARN: access tokens
         * then do not survive a restart and other instances refuse them).
         */
        public Builder accountSettings(AccountSettings settings) {
            this.accountSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** The HS256 secret access tokens are signed with (at least 32 bytes; copied). Overrides the settings' key. */
        public Builder jwtSecret(byte[] secret) {
            this.jwtSecret = Objects.requireNonNull(secret, "secret").clone();
            return this;
        }

        /** bcrypt's work factor, 4–31 (default 12; low values only to keep tests fast). Overrides the settings'. */
        public Builder bcryptCost(int cost) {
            this.bcryptCost = cost;
            return this;
        }

        /**
         * Validates the configuration, opens the pool when the library owns it, migrates unless turned off, and
         * returns the ready instance.
         *
         * @throws ValidationException when the configuration is incomplete or contradictory
         * @throws StorageException when the database cannot be reached or migrated
         */
        public NegotiationMaster build() {
            int sources = (sqliteFile != null ? 1 : 0) + (sqliteMemory ? 1 : 0) + (postgresUrl != null ? 1 : 0)
                    + (hostDataSource != null ? 1 : 0);
            if (sources != 1) {
                throw new ValidationException("database", "choose exactly one database: sqlite(path), "
                        + "sqliteInMemory(), postgres(url, user, password) or dataSource(ds); " + sources + " given");
            }
            if (poolSize < 1 || poolSize > 200) {
                throw new ValidationException("poolSize", "poolSize must be 1-200, was " + poolSize);
            }
            if (postgresUrl != null && !postgresUrl.startsWith("jdbc:postgresql:")) {
                throw new ValidationException("jdbcUrl", "jdbcUrl must start with jdbc:postgresql:, was " + postgresUrl);
            }
            AccountSettings accounts = AccountWiring.settings(accountSettings, jwtSecret, bcryptCost);
            HikariDataSource owned = null;
            try {
                DataSource dataSource;
                Database database;
                if (hostDataSource != null) {
                    dataSource = hostDataSource;
                    database = detect(hostDataSource);
                } else if (postgresUrl != null) {
                    database = Database.POSTGRESQL;
                    owned = DataSources.postgres(postgresUrl, postgresUser, postgresPassword, poolSize, schema);
                    dataSource = owned;
                } else {
                    database = Database.SQLITE;
                    if (sqliteFile != null) {
                        createParent(sqliteFile);
                    }
                    owned = DataSources.sqlite(sqliteFile, poolSize);
                    dataSource = owned;
                }
                if (schema != null && database != Database.POSTGRESQL) {
                    throw new ValidationException("schema", "schema(…) applies to PostgreSQL only");
                }
                String version = migrate ? Migrations.migrate(dataSource, database, schema) : "unknown";
                return new NegotiationMaster(this, database, dataSource, owned, version, accounts);
            } catch (RuntimeException e) {
                if (owned != null) {
                    owned.close();
                }
                if (e instanceof io.negotiationmaster.error.NegotiationMasterException) {
                    throw e;
                }
                throw new StorageException("cannot open the NegotiationMaster database: " + e.getMessage(), e);
            }
        }

        private static void createParent(Path file) {
            Path parent = file.toAbsolutePath().getParent();
            try {
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (java.io.IOException e) {
                throw new StorageException("cannot create the folder for " + file + ": " + e.getMessage(), e);
            }
        }

        private static Database detect(DataSource dataSource) {
            try (Connection c = dataSource.getConnection()) {
                return Database.detect(c.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new StorageException("cannot connect to the host's DataSource: " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new ValidationException("dataSource", e.getMessage());
            }
        }
    }
}
