package io.negotiationmaster.scenario;

/**
 * What {@link Scenarios#installCatalog()} did. A second run adds nothing: every entry is then already present.
 *
 * @param scenariosAdded bundled scenarios inserted
 * @param scenariosPresent bundled scenarios whose slug already existed (left unchanged)
 * @param charactersAdded bundled characters inserted
 * @param charactersPresent bundled characters whose slug already existed (left unchanged)
 */
public record CatalogInstallResult(int scenariosAdded, int scenariosPresent, int charactersAdded,
        int charactersPresent) {

    /** Whether this run changed nothing. */
    public boolean unchanged() {
        return scenariosAdded == 0 && charactersAdded == 0;
    }
}
