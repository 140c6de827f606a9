/**
 * The scenario and AI-character catalog: typed records for every JSON column of {@code scenarios} and
 * {@code ai_characters}, the issues model of a scenario, validation, repository ports, the public views a host
 * may show to a trainee, and the {@link io.negotiationmaster.scenario.Scenarios} and
 * {@link io.negotiationmaster.scenario.Characters} facets with the bundled catalog.
 *
 * <p>Confidential data (a character's BATNA range and confidential instructions, a scenario's reservation inputs
 * such as {@code dealer_cost} or {@code min_acceptable}) never appears in a {@link
 * io.negotiationmaster.scenario.ScenarioView} or {@link io.negotiationmaster.scenario.CharacterView}; only the
 * engine reads it through {@link io.negotiationmaster.scenario.ScenarioCatalog}.
 */
package io.negotiationmaster.scenario;
