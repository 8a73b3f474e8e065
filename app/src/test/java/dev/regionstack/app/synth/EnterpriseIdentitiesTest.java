package dev.regionstack.app.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regionstack.app.guardrails.GuardrailFleets;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.guard.ReplacementSpec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link StableIdentitiesTest} for the enterprise fleet, whose opt-ins the example fleet does not have (image
 * repositories, log domains, Prometheus and Grafana workspaces, the processor's queues): the logical id, type and
 * physical name of every stateful resource of every stack. A renamed construct would replace them and lose their data.
 * To accept a deliberate change: {@code -Dtest=EnterpriseIdentitiesTest -Didentities.update=true}, and say why in the commit.
 */
class EnterpriseIdentitiesTest {
    static final Path GOLDEN = Path.of("src/test/resources/identities/enterprise-fleet.txt");
    /** The example's name properties, and those of the enterprise platform's own stateful types. */
    static final List<String> NAME_PROPERTIES = Stream.concat(StableIdentitiesTest.NAME_PROPERTIES.stream(),
            Stream.of("RepositoryName", "DomainName", "Alias")).toList();

    @Test
    void statefulResourcesKeepTheirLogicalIdsAndNames() throws IOException {
        GuardrailFleets.Synthesized enterprise = GuardrailFleets.get("enterprise");
        ReplacementSpec spec = ReplacementSpec.builtIn();
        ObjectMapper json = new ObjectMapper();
        List<String> actual = new ArrayList<>();
        for (var s : RolloutPlanner.plan(enterprise.fleet()).stacks()) {
            JsonNode resources = json.readTree(enterprise.result().outdir().resolve(s.name() + ".template.json").toFile()).path("Resources");
            resources.properties().forEach(e -> {
                String type = e.getValue().path("Type").asText();
                if (spec.isStateful(type)) actual.add(s.name() + " " + e.getKey() + " " + type + " " + name(e.getValue().path("Properties")));
            });
        }
        if (Boolean.getBoolean("identities.update")) Files.writeString(GOLDEN, String.join("\n", actual) + "\n");
        assertThat(actual).as("stateful identities of the enterprise fleet (see the class comment to accept a deliberate change)")
                .containsExactlyElementsOf(Files.readAllLines(GOLDEN));
    }

    private static String name(JsonNode properties) {
        for (String p : NAME_PROPERTIES) {
            JsonNode v = properties.path(p);
            if (v.isTextual()) return p + "=" + v.asText();
        }
        return "-";
    }
}
