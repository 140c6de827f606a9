package io.negotiationmaster.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.negotiationmaster.error.ConflictException;
import io.negotiationmaster.error.NotFoundException;
import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.storage.PageRequest;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CharactersTest {
    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private final Characters characters = catalog.characters();

    @Test
    void createReturnsAPublicViewAndStoresTheConfidentialParts() {
        CharacterView view = characters.create(TestScenarios.usedCarCharacterDraft());

        assertThat(view.name()).isEqualTo("Sarah Chen");
        assertThat(view.role()).isEqualTo(CharacterRole.SELLER);
        AiCharacter stored = catalog.characterRepository().findById(view.id()).orElseThrow();
        assertThat(stored.batnaMax()).hasValue(new BigDecimal("21900"));
        assertThat(stored.confidentialInstructions()).isPresent();
    }

    @Test
    void aTakenSlugIsAConflict() {
        characters.create(TestScenarios.usedCarCharacterDraft());

        assertThatThrownBy(() -> characters.create(TestScenarios.usedCarCharacterDraft()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("slug already taken by another character: sarah-chen-car-dealer");
    }

    @Test
    void invalidDraftsAreRejectedNamingTheField() {
        CharacterDraft d = TestScenarios.usedCarCharacterDraft();
        CharacterDraft bad = new CharacterDraft(d.slug(), d.name(), d.description(), d.role(), d.personality(),
                d.behavior(), d.interests(), Optional.of(new BigDecimal("23000")), Optional.of(new BigDecimal("22000")),
                d.communicationStyle(), d.tactics(), d.confidentialInstructions());

        assertThatThrownBy(() -> characters.create(bad)).isInstanceOf(ValidationException.class)
                .hasMessage("batna_range_min must be at most batna_range_max, was 23000 > 22000");
        assertThat(catalog.characterRepository().size()).isZero();
    }

    @Test
    void updateDeactivateAndListByRole() {
        CharacterView sarah = characters.create(TestScenarios.usedCarCharacterDraft());
        CharacterDraft d = TestScenarios.usedCarCharacterDraft();
        CharacterDraft renamed = new CharacterDraft(d.slug(), "Sarah Chen-Ito", d.description(), d.role(),
                d.personality(), d.behavior(), d.interests(), d.batnaMin(), d.batnaMax(), d.communicationStyle(),
                d.tactics(), Optional.empty());

        assertThat(characters.update(sarah.id(), renamed).name()).isEqualTo("Sarah Chen-Ito");
        assertThat(characters.list(CharacterFilter.active().role(CharacterRole.SELLER), PageRequest.first(10))
                .items()).extracting(CharacterView::slug).containsExactly("sarah-chen-car-dealer");
        assertThat(characters.deactivate(sarah.id()).active()).isFalse();
        assertThat(characters.list(CharacterFilter.active(), PageRequest.first(10)).items()).isEmpty();
        assertThat(characters.getBySlug("sarah-chen-car-dealer").active()).isFalse();
        assertThat(characters.list(CharacterFilter.all().role(CharacterRole.BUYER), PageRequest.first(10)).items())
                .isEmpty();
    }

    @Test
    void unknownCharactersAreNotFound() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000404");

        assertThatThrownBy(() -> characters.get(id)).isInstanceOf(NotFoundException.class)
                .hasMessage("character not found: " + id);
        assertThatThrownBy(() -> characters.update(id, TestScenarios.usedCarCharacterDraft()))
                .isInstanceOf(NotFoundException.class);
    }
}
