package io.negotiationmaster.scenario;

import io.negotiationmaster.error.ConflictException;
import io.negotiationmaster.error.NotFoundException;
import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.scenario.internal.BundledCatalog;
import io.negotiationmaster.scenario.internal.CatalogRules;
import io.negotiationmaster.scenario.internal.CharacterDocument;
import io.negotiationmaster.scenario.internal.ScenarioDocument;
import io.negotiationmaster.scenario.internal.ScenarioExport;
import io.negotiationmaster.storage.Page;
import io.negotiationmaster.storage.PageRequest;
import io.negotiationmaster.storage.Transactions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The scenario facet ({@code nm.scenarios()}): lists and reads scenarios as public {@link ScenarioView}s,
 * installs the bundled catalog, and lets authoring tools create, update, deactivate, export and import scenarios.
 * Every write is validated (a {@link ValidationException} names the JSON path) and runs in one transaction.
 *
 * <pre>{@code
 * nm.scenarios().installCatalog();                         // idempotent
 * Page<ScenarioView> easy = nm.scenarios().list(ScenarioFilter.active().difficulty(1, 3), PageRequest.first(20));
 * ScenarioView car = nm.scenarios().getBySlug("used-car-honda-accord");
 * }</pre>
 */
public final class Scenarios {
    private final ScenarioRepository scenarios;
    private final CharacterRepository characters;
    private final Transactions transactions;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final CatalogJson json = new CatalogJson();

    /** A facet with random ids for created scenarios and characters. */
    public Scenarios(ScenarioRepository scenarios, CharacterRepository characters, Transactions transactions,
            Clock clock) {
        this(scenarios, characters, transactions, clock, UUID::randomUUID);
    }

    /** A facet taking ids of created scenarios and characters from {@code ids}. */
    public Scenarios(ScenarioRepository scenarios, CharacterRepository characters, Transactions transactions,
            Clock clock, Supplier<UUID> ids) {
        this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
        this.characters = Objects.requireNonNull(characters, "characters");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** One page of the scenarios passing {@code filter}, ordered by difficulty then slug, as public views. */
    public Page<ScenarioView> list(ScenarioFilter filter, PageRequest page) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
        Page<Scenario> rows = transactions.inTransaction(() -> scenarios.list(filter, page));
        return new Page<>(rows.items().stream().map(Scenario::view).toList(), rows.request(), rows.total());
    }

    /** The scenario {@code id} as a public view. @throws NotFoundException when there is none */
    public ScenarioView get(UUID id) {
        Objects.requireNonNull(id, "id");
        return transactions.inTransaction(() -> scenarios.findById(id))
                .orElseThrow(() -> new NotFoundException("scenario", id)).view();
    }

    /** The scenario {@code slug} as a public view. @throws NotFoundException when there is none */
    public ScenarioView getBySlug(String slug) {
        Objects.requireNonNull(slug, "slug");
        return transactions.inTransaction(() -> scenarios.findBySlug(slug))
                .orElseThrow(() -> new NotFoundException("scenario", slug)).view();
    }

    /**
     * Validates and stores a new, active scenario played by the existing character {@code draft.characterId()}.
     *
     * @throws ValidationException naming the first bad field ({@code ai_character_id} when the character does not
     *     exist)
     * @throws ConflictException (field {@code slug}) when the slug is taken
     */
    public ScenarioView create(ScenarioDraft draft) {
        Objects.requireNonNull(draft, "draft");
        CatalogRules.checkScenario(draft);
        return transactions.inTransaction(() -> insertScenario(ids.get(), draft, true).view());
    }

    /**
     * Validates and replaces the content of scenario {@code id}; keeps its id, active flag and creation time.
     *
     * @throws NotFoundException when there is no such scenario
     * @throws ValidationException naming the first bad field
     * @throws ConflictException (field {@code slug}) when the new slug belongs to another scenario
     */
    public ScenarioView update(UUID id, ScenarioDraft draft) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(draft, "draft");
        CatalogRules.checkScenario(draft);
        return transactions.inTransaction(() -> {
            Scenario current = scenarios.findById(id).orElseThrow(() -> new NotFoundException("scenario", id));
            return updateScenario(current, draft, current.active()).view();
        });
    }

    /** Marks scenario {@code id} inactive, so active listings leave it out (idempotent). */
    public ScenarioView deactivate(UUID id) {
        return setActive(id, false);
    }

    /** Marks scenario {@code id} active again (idempotent). */
    public ScenarioView activate(UUID id) {
        return setActive(id, true);
    }

    /**
     * Imports the bundled catalog (at least ten scenarios, difficulties 1–7, each with its own character). Entries
     * are matched by slug: a scenario or character whose slug already exists is left exactly as it is (a host's
     * edits survive), so a second run changes nothing. Bundled rows get ids derived from their slugs, identical on
     * every installation.
     *
     * @return how many scenarios and characters were added and how many were already present
     */
    public CatalogInstallResult installCatalog() {
        List<ScenarioExport> bundled = new BundledCatalog(json).load();
        return transactions.inTransaction(() -> {
            int scenariosAdded = 0;
            int scenariosPresent = 0;
            int charactersAdded = 0;
            int charactersPresent = 0;
            for (ScenarioExport entry : bundled) {
                CharacterDocument cd = entry.character();
                Optional<AiCharacter> existing = characters.findBySlug(cd.slug());
                AiCharacter character;
                if (existing.isPresent()) {
                    character = existing.get();
                    charactersPresent++;
                } else {
                    character = insertCharacter(stableId("character", cd.slug()), cd);
                    charactersAdded++;
                }
                ScenarioDocument sd = entry.scenario();
                if (scenarios.existsBySlug(sd.slug())) {
                    scenariosPresent++;
                } else {
                    ScenarioDraft draft = sd.draft(character.id());
                    CatalogRules.checkScenario(draft, character);
                    insertScenario(stableId("scenario", sd.slug()), draft, sd.active());
                    scenariosAdded++;
                }
            }
            return new CatalogInstallResult(scenariosAdded, scenariosPresent, charactersAdded, charactersPresent);
        });
    }

    /**
     * The scenario named by {@code slugOrId} (a UUID or a slug) with its character, as an indented JSON document
     * ({@code {"format": "negotiationmaster-scenario/1", "scenario": {…columns…}, "character": {…columns…}}}).
     *
     * <p>AUTHORING TOOL: the document includes the confidential parts (BATNA range, confidential instructions,
     * reservation inputs, counterpart costs) so that {@link #importScenario(String)} restores the scenario exactly.
     * Never show it to a trainee.
     *
     * @throws NotFoundException when there is no such scenario
     */
    public String exportScenario(String slugOrId) {
        FullScenario full = transactions.inTransaction(
                () -> new ScenarioCatalog(scenarios, characters).bySlugOrId(slugOrId));
        return json.writePretty(new ScenarioExport(ScenarioExport.FORMAT, ScenarioDocument.of(full.scenario()),
                CharacterDocument.of(full.character())));
    }

    /**
     * Validates and stores an export document (see {@link #exportScenario(String)}). The character and the scenario
     * are each matched by slug: an existing one is updated in place (keeping its id and creation time), a new one
     * is created (with the document's id when that id is free). The document's {@code is_active} flags apply.
     * All or nothing: on any error nothing is written.
     *
     * @return the imported scenario as a public view
     * @throws ValidationException for malformed JSON (field {@code json} or the JSON path) or a broken rule
     */
    public ScenarioView importScenario(String document) {
        Objects.requireNonNull(document, "document");
        ScenarioExport export = json.read(document, ScenarioExport.class);
        if (export.format() != null && !ScenarioExport.FORMAT.equals(export.format())) {
            throw new ValidationException("format", "format must be " + ScenarioExport.FORMAT + ", was \""
                    + export.format() + "\"");
        }
        if (export.scenario() == null) {
            throw new ValidationException("scenario", "scenario is missing");
        }
        if (export.character() == null) {
            throw new ValidationException("character", "character is missing");
        }
        CharacterDraft characterDraft = export.character().draft();
        CatalogRules.checkCharacter(characterDraft);
        CatalogRules.checkScenario(export.scenario().draft(UUID.nameUUIDFromBytes(new byte[0])));
        return transactions.inTransaction(() -> {
            CharacterDocument cd = export.character();
            AiCharacter character = characters.findBySlug(cd.slug())
                    .map(current -> {
                        AiCharacter updated = AiCharacter.of(current.id(), characterDraft, cd.active(),
                                current.createdAt(), clock.instant());
                        characters.update(updated);
                        return updated;
                    })
                    .orElseGet(() -> insertCharacter(freeId(cd.id(), true), cd));
            ScenarioDocument sd = export.scenario();
            ScenarioDraft draft = sd.draft(character.id());
            Optional<Scenario> current = scenarios.findBySlug(sd.slug());
            Scenario saved = current.isPresent()
                    ? updateScenario(current.get(), draft, sd.active())
                    : insertScenario(freeId(sd.id(), false), draft, sd.active());
            return saved.view();
        });
    }

    private UUID freeId(UUID wanted, boolean character) {
        if (wanted == null) {
            return ids.get();
        }
        boolean taken = character ? characters.findById(wanted).isPresent() : scenarios.findById(wanted).isPresent();
        return taken ? ids.get() : wanted;
    }

    private AiCharacter insertCharacter(UUID id, CharacterDocument document) {
        CharacterDraft draft = document.draft();
        CatalogRules.checkCharacter(draft);
        Instant now = clock.instant();
        AiCharacter character = AiCharacter.of(id, draft, document.active(), now, now);
        characters.insert(character);
        return character;
    }

    private Scenario insertScenario(UUID id, ScenarioDraft draft, boolean active) {
        AiCharacter character = characterOf(draft);
        CatalogRules.checkScenario(draft, character);
        if (scenarios.existsBySlug(draft.slug())) {
            throw new ConflictException("slug", "slug already taken by another scenario: " + draft.slug());
        }
        Instant now = clock.instant();
        Scenario scenario = Scenario.of(id, draft, active, now, now);
        scenarios.insert(scenario);
        return scenario;
    }

    private Scenario updateScenario(Scenario current, ScenarioDraft draft, boolean active) {
        AiCharacter character = characterOf(draft);
        CatalogRules.checkScenario(draft, character);
        scenarios.findBySlug(draft.slug()).filter(other -> !other.id().equals(current.id())).ifPresent(other -> {
            throw new ConflictException("slug", "slug already taken by another scenario: " + draft.slug());
        });
        Scenario updated = Scenario.of(current.id(), draft, active, current.createdAt(), clock.instant());
        if (!scenarios.update(updated)) {
            throw new NotFoundException("scenario", current.id());
        }
        return updated;
    }

    private AiCharacter characterOf(ScenarioDraft draft) {
        return characters.findById(draft.characterId()).orElseThrow(() -> new ValidationException(
                "ai_character_id", "ai_character_id names no character: " + draft.characterId()));
    }

    private ScenarioView setActive(UUID id, boolean active) {
        Objects.requireNonNull(id, "id");
        return transactions.inTransaction(() -> {
            Scenario current = scenarios.findById(id).orElseThrow(() -> new NotFoundException("scenario", id));
            if (current.active() == active) {
                return current.view();
            }
            Scenario changed = current.withActive(active, clock.instant());
            scenarios.update(changed);
            return changed.view();
        });
    }

    private static UUID stableId(String kind, String slug) {
        return UUID.nameUUIDFromBytes(("negotiationmaster:" + kind + ":" + slug).getBytes(StandardCharsets.UTF_8));
    }
}
