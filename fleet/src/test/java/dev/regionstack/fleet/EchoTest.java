package dev.regionstack.fleet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EchoTest {
    @Test
    void aShortValueIsShownWhole() {
        assertThat(Echo.quoted("10.0.0.1/16")).isEqualTo("`10.0.0.1/16`");
        assertThat(Echo.of("x".repeat(60))).isEqualTo("x".repeat(60));
    }

    @Test
    void aLongValueIsCutAtSixtyCharactersAndSaysHowLongItIs() {
        assertThat(Echo.of("x".repeat(61))).isEqualTo("x".repeat(60) + "…");
        assertThat(Echo.quoted("x".repeat(100_000))).isEqualTo("`" + "x".repeat(60) + "…` (100000 characters)");
    }

    @Test
    void controlCharactersAreEscapedSoThatAMessageStaysOneLine() {
        assertThat(Echo.of("a\nb\tc\r\u0000\u2028")).isEqualTo("a\\nb\\tc\\r\\u0000\\u2028");
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String emoji = "\uD83D\uDE00";   // one character, two UTF-16 units
        assertThat(Echo.of(emoji.repeat(61))).isEqualTo(emoji.repeat(60) + "…");
    }
}
