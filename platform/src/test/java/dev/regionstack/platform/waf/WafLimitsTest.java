package dev.regionstack.platform.waf;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WafLimitsTest {
    @Test
    void keepsValidCountriesInOrderAsAnImmutableCopy() {
        List<String> given = new ArrayList<>(List.of("KP", "CN"));
        List<String> countries = WafLimits.countries(given);
        given.add("RU");
        assertThat(countries).containsExactly("KP", "CN");
        assertThrows(UnsupportedOperationException.class, () -> countries.add("IR"));
    }

    @Test
    void noListIsNoCountries() {
        assertThat(WafLimits.countries(null)).isEmpty();
    }

    @Test
    void refusesACodeThatIsNotTwoUpperCaseLetters() {
        for (String bad : List.of("kp", "K", "KPR", "K1", "")) {
            var e = assertThrows(IllegalArgumentException.class, () -> WafLimits.countries(List.of("CN", bad)));
            assertThat(e).hasMessage("blockedCountries must hold ISO 3166-1 alpha-2 codes in upper case (e.g. KP), got '" + bad + "'");
        }
    }

    @Test
    void refusesACountryListedTwice() {
        var e = assertThrows(IllegalArgumentException.class, () -> WafLimits.countries(List.of("CN", "KP", "CN")));
        assertThat(e).hasMessage("blockedCountries lists CN twice; list each country once");
    }

    @Test
    void acceptsTheWafRateBoundsAndNothingBeyond() {
        assertThat(WafLimits.rateLimit(10)).isEqualTo(10);
        assertThat(WafLimits.rateLimit(2_000_000_000)).isEqualTo(2_000_000_000);
        assertThat(assertThrows(IllegalArgumentException.class, () -> WafLimits.rateLimit(9)))
                .hasMessage("rateLimitPer5Min must be between 10 and 2000000000 (the WAF limits), got 9");
        assertThat(assertThrows(IllegalArgumentException.class, () -> WafLimits.rateLimit(Integer.MAX_VALUE)))
                .hasMessage("rateLimitPer5Min must be between 10 and 2000000000 (the WAF limits), got 2147483647");
    }
}
