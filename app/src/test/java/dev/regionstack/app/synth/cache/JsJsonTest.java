package dev.regionstack.app.synth.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The expected strings are what Node.js prints for {@code JSON.stringify(value, undefined, 2)}. */
class JsJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void nestsByTwoSpacesAndPrintsEmptyContainersClosed() throws Exception {
        String json = "{\"a\":[1,{\"b\":[]}],\"c\":{},\"d\":true,\"e\":null,\"f\":2.5}";
        assertThat(JsJson.write(JSON.readTree(json))).isEqualTo("""
                {
                  "a": [
                    1,
                    {
                      "b": []
                    }
                  ],
                  "c": {},
                  "d": true,
                  "e": null,
                  "f": 2.5
                }""");
    }

    @Test
    void escapesAsJavaScriptDoes() throws Exception {
        String text = "q\" b\\ n\n t\t u\u001f é \u2028";
        assertThat(JsJson.write(JSON.valueToTree(text))).isEqualTo("\"q\\\" b\\\\ n\\n t\\t u\\u001f é \u2028\"");
        assertThat(JsJson.write(JSON.valueToTree("\ud800x"))).isEqualTo("\"\\ud800x\"");
        assertThat(JsJson.write(JSON.valueToTree("\ud83d\ude00"))).isEqualTo("\"\ud83d\ude00\"");
    }

    @Test
    void printsIntegralNumbersWithoutAFraction() throws Exception {
        assertThat(JsJson.write(JSON.readTree("[6, 1.0, 0.25, 12345678901234]"))).isEqualTo("[\n  6,\n  1,\n  0.25,\n  12345678901234\n]");
    }
}
