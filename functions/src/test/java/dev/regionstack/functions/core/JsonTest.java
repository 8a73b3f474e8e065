package dev.regionstack.functions.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void parsesNestedValues() {
        assertThat(Json.parse(" {\"a\":[1,-2.5e1,true,null],\"b\":{\"c\":\"x\\\"\\u00e9\"}} "))
                .isEqualTo(Map.of("a", java.util.Arrays.asList(new BigDecimal(1), new BigDecimal("-2.5e1"), true, null),
                        "b", Map.of("c", "x\"é")));
    }

    @Test
    void writesWhatItReads() {
        String json = "{\"s\":\"a\\nb\",\"n\":12,\"l\":[false,null],\"m\":{}}";

        assertThat(Json.write(Json.parse(json))).isEqualTo(json);
    }

    @Test
    void refusesTrailingText() {
        assertThatThrownBy(() -> Json.parse("{} x")).hasMessage("unexpected text after the JSON value at offset 3");
    }

    @Test
    void refusesLeadingZeros() {
        assertThatThrownBy(() -> Json.parse("[01]")).hasMessage("bad number '01' at offset 3");
    }

    @Test
    void refusesDeepNesting() {
        assertThatThrownBy(() -> Json.parse("[".repeat(40) + "]".repeat(40)))
                .hasMessage("nesting deeper than 32 at offset 33");
    }

    @Test
    void writesListsOfStrings() {
        assertThat(Json.write(List.of("a", "b"))).isEqualTo("[\"a\",\"b\"]");
    }
}
