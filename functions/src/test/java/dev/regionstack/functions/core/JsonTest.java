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

    @Test
    void canonicalFormSortsKeysAtEveryDepthAndNormalisesNumbers() {
        Object a = Json.parse("{\"b\":{\"z\":1,\"a\":[{\"y\":2.50,\"x\":1e3}]},\"a\":0.0}");
        Object b = Json.parse("{\"a\":0,\"b\":{\"a\":[{\"x\":1000,\"y\":2.5}],\"z\":1.0}}");

        assertThat(Json.canonical(a)).isEqualTo("{\"a\":0,\"b\":{\"a\":[{\"x\":1000,\"y\":2.5}],\"z\":1}}")
                .isEqualTo(Json.canonical(b));
    }

    @Test
    void canonicalFormKeepsTheOrderOfArrays() {
        assertThat(Json.canonical(Json.parse("[2,1]"))).isNotEqualTo(Json.canonical(Json.parse("[1,2]")));
    }
}
