package io.negotiationmaster.scenario.internal;

/**
 * An export document: one scenario with its character, confidential parts included. The bundled catalog files
 * have the same shape (without ids).
 *
 * @param format {@link #FORMAT}
 * @param scenario the scenario
 * @param character its character
 */
public record ScenarioExport(String format, ScenarioDocument scenario, CharacterDocument character) {
    /** The format tag written into every export. */
    public static final String FORMAT = "negotiationmaster-scenario/1";
}
