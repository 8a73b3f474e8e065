package dev.regionstack.app.synth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.regionstack.app.guardrails.GuardrailFleets;
import dev.regionstack.verify.Taggable;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file's tags win over regionstack's own on every taggable resource (AWS's resource specification says which
 * types take tags): {@code Environment: production} at the top level, {@code ManagedBy: regionstack} and a key of its
 * own in one environment, {@code Region: emea} in another (then on every global table replica too, where regionstack's
 * own {@code Region} would name the replica's region).
 */
class FileTagsSynthTest {
    private static final GuardrailFleets.Synthesized FLEET = GuardrailFleets.get("three-zones");
    private static final Taggable TAGGABLE = Taggable.builtIn();

    @Test
    void everyTaggableResourceCarriesTheFilesValues() {
        check("dev", Map.of("Environment", "production", "CostCenter", "reporting", "Team", "reporting-dev",
                "ManagedBy", "regionstack", "Project", "report"), true);
        check("staging", Map.of("Environment", "production", "CostCenter", "reporting", "Region", "emea",
                "ManagedBy", "regionstack", "Project", "report"), false);
        check("prod", Map.of("Environment", "production", "CostCenter", "reporting", "ManagedBy", "regionstack",
                "Project", "report"), true);
    }

    /** @param ownRegion regionstack's Region tag: the stack's region, and each replica's own */
    private static void check(String environment, Map<String, String> expected, boolean ownRegion) {
        int checked = 0;
        for (StackReport s : FLEET.result().stacks()) {
            if (!s.name().startsWith("report-" + environment + "-")) continue;
            String stackRegion = region(s.name());
            for (Map.Entry<String, JsonNode> e : Templates.template(FLEET, s.name()).path("Resources").properties()) {
                JsonNode r = e.getValue();
                String type = r.path("Type").asText();
                String where = s.name() + "/" + e.getKey();
                if (type.equals("AWS::DynamoDB::GlobalTable")) {
                    for (JsonNode replica : r.path("Properties").path("Replicas")) {
                        Map<String, String> wanted = new HashMap<>(expected);
                        if (ownRegion) wanted.put("Region", replica.path("Region").asText());
                        assertThat(read(replica.path("Tags"), Taggable.Shape.STANDARD)).as(where).containsAllEntriesOf(wanted);
                        checked++;
                    }
                    continue;
                }
                var property = TAGGABLE.of(type);
                if (property.isEmpty()) continue;
                Map<String, String> wanted = new HashMap<>(expected);
                if (ownRegion) wanted.put("Region", stackRegion);
                assertThat(read(r.path("Properties").path(property.get().property()), property.get().shape()))
                        .as(where).containsAllEntriesOf(wanted);
                checked++;
            }
        }
        assertThat(checked).as(environment + ": taggable resources checked").isGreaterThan(100);
    }

    /** The stack's region: the deployment's, or a global stack's home region from the assembly's manifest. */
    private static String region(String stack) {
        JsonNode manifest;
        try {
            manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(FLEET.result().outdir().resolve("manifest.json").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String env = manifest.path("artifacts").path(stack).path("environment").asText();
        return env.substring(env.lastIndexOf('/') + 1);
    }

    private static Map<String, String> read(JsonNode tags, Taggable.Shape shape) {
        Map<String, String> found = new HashMap<>();
        if (shape == Taggable.Shape.MAP) {
            tags.properties().forEach(t -> found.put(t.getKey(), t.getValue().asText()));
        } else {
            tags.forEach(t -> found.put(t.path("Key").asText(), t.path("Value").asText()));
        }
        return found;
    }
}
