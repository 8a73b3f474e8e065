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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link StableIdentitiesTest} for the image repositories, which the example fleet does not have: the logical id and
 * name of every repository of the enterprise fleet. A renamed construct would replace a repository and lose its images.
 * To accept a deliberate change: {@code -Dtest=ImageIdentitiesTest -Didentities.update=true}, and say why in the commit.
 */
class ImageIdentitiesTest {
    static final Path GOLDEN = Path.of("src/test/resources/identities/enterprise-images.txt");

    @Test
    void imageRepositoriesKeepTheirLogicalIdsAndNames() throws IOException {
        GuardrailFleets.Synthesized enterprise = GuardrailFleets.get("enterprise");
        ReplacementSpec spec = ReplacementSpec.builtIn();
        ObjectMapper json = new ObjectMapper();
        List<String> actual = new ArrayList<>();
        for (var s : RolloutPlanner.plan(enterprise.fleet()).stacks()) {
            JsonNode resources = json.readTree(enterprise.result().outdir().resolve(s.name() + ".template.json").toFile()).path("Resources");
            resources.properties().forEach(e -> {
                String type = e.getValue().path("Type").asText();
                if (type.startsWith("AWS::ECR::") && spec.isStateful(type)) {
                    actual.add(s.name() + " " + e.getKey() + " " + type + " RepositoryName="
                            + e.getValue().path("Properties").path("RepositoryName").asText());
                }
            });
        }
        if (Boolean.getBoolean("identities.update")) Files.writeString(GOLDEN, String.join("\n", actual) + "\n");
        assertThat(actual).as("image repositories of the enterprise fleet (see the class comment to accept a deliberate change)")
                .containsExactlyElementsOf(Files.readAllLines(GOLDEN));
    }
}
