package io.negotiationmaster.scenario;

import io.negotiationmaster.error.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The role of an AI character, stored lower-case in {@code ai_characters.role}. */
public enum CharacterRole {
    /** Buys (or hires, or pays): wants the main issue low. */
    BUYER,
    /** Sells (or lets, or is paid): wants the main issue high. */
    SELLER,
    /** Mediates between parties. */
    MEDIATOR;

    /** The stored, lower-case name. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The role stored under {@code code}.
     *
     * @throws ValidationException (field {@code role}) when the code is not buyer, seller or mediator
     */
    public static CharacterRole fromCode(String code) {
        for (CharacterRole role : values()) {
            if (role.code().equals(code)) {
                return role;
            }
        }
        throw new ValidationException("role", "role must be one of "
                + Arrays.stream(values()).map(CharacterRole::code).collect(Collectors.joining(", "))
                + ", was " + (code == null ? "missing" : "\"" + code + "\""));
    }
}
