package dev.regionstack.app.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regionstack.app.guardrails.GuardrailFleets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test helper: the synthesized templates of a guardrail fleet, read back from its cloud assembly. */
final class Templates {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Templates() {}

    static JsonNode template(GuardrailFleets.Synthesized fleet, String stack) {
        try {
            return JSON.readTree(fleet.result().outdir().resolve(stack + ".template.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every resource (logical id to resource) of every stack of {@code environment}, keyed {@code <stack>/<id>}. */
    static List<Map.Entry<String, JsonNode>> resources(GuardrailFleets.Synthesized fleet, String environment) {
        List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
        String prefix = fleet.fleet().project() + "-" + environment + "-";
        for (StackReport s : fleet.result().stacks()) {
            if (!s.name().startsWith(prefix)) continue;
            template(fleet, s.name()).path("Resources").properties()
                    .forEach(r -> all.add(Map.entry(s.name() + "/" + r.getKey(), r.getValue())));
        }
        return all;
    }
}
