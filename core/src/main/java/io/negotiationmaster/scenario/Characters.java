package io.negotiationmaster.scenario;

import io.negotiationmaster.error.ConflictException;
import io.negotiationmaster.error.NotFoundException;
import io.negotiationmaster.scenario.internal.CatalogRules;
import io.negotiationmaster.storage.Page;
import io.negotiationmaster.storage.PageRequest;
import io.negotiationmaster.storage.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The AI-character facet ({@code nm.characters()}): lists and reads characters as public {@link CharacterView}s
 * and lets authoring tools create, update and deactivate them. Every write is validated (a
 * {@link io.negotiationmaster.error.ValidationException} names the field) and runs in one transaction.
 */
public final class Characters {
    private final CharacterRepository characters;
    private final Transactions transactions;
    private final Clock clock;
    private final Supplier<UUID> ids;

    /** A facet with random ids. */
    public Characters(CharacterRepository characters, Transactions transactions, Clock clock) {
        this(characters, transactions, clock, UUID::randomUUID);
    }

    /** A facet taking new ids from {@code ids} (tests pass a deterministic source). */
    public Characters(CharacterRepository characters, Transactions transactions, Clock clock, Supplier<UUID> ids) {
        this.characters = Objects.requireNonNull(characters, "characters");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** One page of the characters passing {@code filter}, ordered by slug, as public views. */
    public Page<CharacterView> list(CharacterFilter filter, PageRequest page) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
        Page<AiCharacter> rows = transactions.inTransaction(() -> characters.list(filter, page));
        return new Page<>(rows.items().stream().map(AiCharacter::view).toList(), rows.request(), rows.total());
    }

    /** The character with {@code id}. @throws NotFoundException when there is none */
    public CharacterView get(UUID id) {
        return load(id).view();
    }

    /** The character with {@code slug}. @throws NotFoundException when there is none */
    public CharacterView getBySlug(String slug) {
        Objects.requireNonNull(slug, "slug");
        return transactions.inTransaction(() -> characters.findBySlug(slug))
                .orElseThrow(() -> new NotFoundException("character", slug)).view();
    }

    /**
     * Validates and stores a new, active character.
     *
     * @throws io.negotiationmaster.error.ValidationException naming the first bad field
     * @throws ConflictException (field {@code slug}) when the slug is taken
     */
    public CharacterView create(CharacterDraft draft) {
        Objects.requireNonNull(draft, "draft");
        CatalogRules.checkCharacter(draft);
        return transactions.inTransaction(() -> {
            if (characters.existsBySlug(draft.slug())) {
                throw new ConflictException("slug", "slug already taken by another character: " + draft.slug());
            }
            Instant now = clock.instant();
            AiCharacter created = AiCharacter.of(ids.get(), draft, true, now, now);
            characters.insert(created);
            return created.view();
        });
    }

    /**
     * Validates and replaces the content of character {@code id}; keeps its id, active flag and creation time.
     *
     * @throws NotFoundException when there is no such character
     * @throws ConflictException (field {@code slug}) when the new slug belongs to another character
     */
    public CharacterView update(UUID id, CharacterDraft draft) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(draft, "draft");
        CatalogRules.checkCharacter(draft);
        return transactions.inTransaction(() -> {
            AiCharacter current = characters.findById(id).orElseThrow(() -> new NotFoundException("character", id));
            characters.findBySlug(draft.slug()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
                throw new ConflictException("slug", "slug already taken by another character: " + draft.slug());
            });
            AiCharacter updated = AiCharacter.of(id, draft, current.active(), current.createdAt(), clock.instant());
            if (!characters.update(updated)) {
                throw new NotFoundException("character", id);
            }
            return updated.view();
        });
    }

    /** Marks character {@code id} inactive (idempotent). @throws NotFoundException when there is none */
    public CharacterView deactivate(UUID id) {
        return setActive(id, false);
    }

    /** Marks character {@code id} active again (idempotent). @throws NotFoundException when there is none */
    public CharacterView activate(UUID id) {
        return setActive(id, true);
    }

    private CharacterView setActive(UUID id, boolean active) {
        Objects.requireNonNull(id, "id");
        return transactions.inTransaction(() -> {
            AiCharacter current = characters.findById(id).orElseThrow(() -> new NotFoundException("character", id));
            if (current.active() == active) {
                return current.view();
            }
            AiCharacter changed = current.withActive(active, clock.instant());
            characters.update(changed);
            return changed.view();
        });
    }

    private AiCharacter load(UUID id) {
        Objects.requireNonNull(id, "id");
        return transactions.inTransaction(() -> characters.findById(id))
                .orElseThrow(() -> new NotFoundException("character", id));
    }
}
