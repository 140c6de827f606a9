package io.negotiationmaster.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.negotiationmaster.error.ValidationException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class AccountRegistrationRulesTest {

    @Test
    void emailIsTrimmedAndLowerCased() {
        assertThat(RegistrationRules.email("  Ana.Ng+work@Example.CO.uk ")).isEqualTo("ana.ng+work@example.co.uk");
    }

    @Test
    void malformedEmailsAreRefusedNamingTheField() {
        for (String bad : new String[] {"ana", "ana@", "@example.com", "ana@example", "ana@@example.com",
                "ana ng@example.com", "ana..ng@example.com", "ana@-example.com"}) {
            assertThatThrownBy(() -> RegistrationRules.email(bad))
                    .as(bad)
                    .isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("email is not a valid address: ")
                    .extracting(e -> ((ValidationException) e).field())
                    .isEqualTo("email");
        }
        assertThatThrownBy(() -> RegistrationRules.email(null)).hasMessage("email is required");
        assertThatThrownBy(() -> RegistrationRules.email(" ")).hasMessage("email is required");
        assertThatThrownBy(() -> RegistrationRules.email("a".repeat(63) + "@" + "b".repeat(63) + "."
                + "c".repeat(63) + "." + "d".repeat(63) + ".com"))
                .hasMessage("email must be at most 255 characters, was 259");
    }

    @Test
    void usernamesAreThreeToThirtyLettersDigitsUnderscoresOrHyphens() {
        assertThat(RegistrationRules.username("ana")).isEqualTo("ana");
        assertThat(RegistrationRules.username(" Ana_Ng-2 ")).isEqualTo("Ana_Ng-2");
        assertThat(RegistrationRules.username("a".repeat(30))).hasSize(30);
        assertThatThrownBy(() -> RegistrationRules.username("ab"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("username must be 3-30 letters, digits, '_' or '-', was 'ab'");
        assertThatThrownBy(() -> RegistrationRules.username("a".repeat(31)))
                .hasMessageStartingWith("username must be 3-30 letters");
        assertThatThrownBy(() -> RegistrationRules.username("ana ng")).hasMessageStartingWith("username must be");
        assertThatThrownBy(() -> RegistrationRules.username("ana@ng")).hasMessageStartingWith("username must be");
        assertThatThrownBy(() -> RegistrationRules.username("anä")).hasMessageStartingWith("username must be");
        assertThatThrownBy(() -> RegistrationRules.username(null)).hasMessage("username is required");
    }

    @Test
    void passwordsNeedTenCharactersAtMost72BytesAndMustNotBeTheEmailOrUsername() {
        RegistrationRules.password("password", "0123456789", "ana@example.com", "ana");
        RegistrationRules.password("password", "x".repeat(72), "ana@example.com", "ana");
        assertThatThrownBy(() -> RegistrationRules.password("password", "012345678", "ana@example.com", "ana"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("password must be at least 10 characters, was 9");
        assertThatThrownBy(() -> RegistrationRules.password("password", "é".repeat(37), "ana@example.com", "ana"))
                .hasMessage("password must be at most 72 bytes in UTF-8, was 74");
        assertThatThrownBy(() -> RegistrationRules.password("password", "Ana@Example.com", "ana@example.com", "ana"))
                .hasMessage("password must not be the email or the username");
        assertThatThrownBy(() -> RegistrationRules.password("new_password", "ANA_NG_2026", "ana@example.com",
                "ana_ng_2026"))
                .hasMessage("new_password must not be the email or the username")
                .extracting(e -> ((ValidationException) e).field())
                .isEqualTo("new_password");
        assertThatThrownBy(() -> RegistrationRules.password("password", null, "ana@example.com", "ana"))
                .hasMessage("password is required");
    }

    @Property
    void passwordLengthCountsCharactersNotUtf16Units(@ForAll @StringLength(min = 10, max = 18) @AlphaChars String s) {
        String emoji = "\uD83D\uDE00".repeat(10);
        RegistrationRules.password("password", emoji, "ana@example.com", "ana");
        RegistrationRules.password("password", s, "ana@example.com", "ana");
    }

    @Test
    void namesAreTrimmedNonBlankAndAtMost255Characters() {
        assertThat(RegistrationRules.name("first_name", "  Ana ")).isEqualTo("Ana");
        assertThatThrownBy(() -> RegistrationRules.name("first_name", "  "))
                .isInstanceOf(ValidationException.class)
                .hasMessage("first_name is required");
        assertThatThrownBy(() -> RegistrationRules.name("last_name", "n".repeat(256)))
                .hasMessage("last_name must be at most 255 characters, was 256")
                .extracting(e -> ((ValidationException) e).field())
                .isEqualTo("last_name");
    }

    @Test
    void deviceInfoIsStrippedCutTo500CharactersAndNeverSplitsASurrogatePair() {
        assertThat(Accounts.deviceInfo(null)).isNull();
        assertThat(Accounts.deviceInfo("   ")).isNull();
        assertThat(Accounts.deviceInfo(" Firefox ")).isEqualTo("Firefox");
        assertThat(Accounts.deviceInfo("x".repeat(501))).hasSize(500);
        String cut = Accounts.deviceInfo("x".repeat(499) + "\uD83D\uDE00" + "y");
        assertThat(cut).hasSize(499);
    }

    @Test
    void aRegistrationNeverPrintsItsPassword() {
        assertThat(new Registration("a@example.com", "ana", "secret-password", "A", "N").toString())
                .doesNotContain("secret-password");
    }
}
