package dev.regionstack.app.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.regionstack.app.guardrails.GuardrailFleets;
import dev.regionstack.verify.Problem;
import dev.regionstack.verify.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The deploy simulation knows what a task needs to pull its image from the environment's repository (enterprise fleet). */
class ImagePullMutationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APP = "shopfront-staging-eu-central-1-app";
    @TempDir Path dir;

    private List<String> newProblems(String stack, Consumer<ObjectNode> mutation) {
        return AssemblyCopy.newProblems(GuardrailFleets.get("enterprise").result().outdir(), dir.resolve("mutated"), stack, mutation);
    }

    @Test
    void anExecutionRoleWithoutThePullGrantFails() {
        List<String> problems = newProblems(APP, resources -> resources.forEach(r -> {
            if (!r.path("Type").asText().equals("AWS::IAM::Policy")) return;
            ArrayNode statements = (ArrayNode) r.path("Properties").path("PolicyDocument").path("Statement");
            for (int i = statements.size() - 1; i >= 0; i--) {
                if (statements.get(i).path("Action").toString().contains("ecr:BatchGetImage")) statements.remove(i);
            }
        }));
        assertThat(problems).isNotEmpty().allSatisfy(line -> assertThat(line)
                .startsWith("error: " + APP + "/").contains("ECS pulls the image shopfront-staging/app for the service task")
                .contains(":ecr:eu-central-1:616161616161:repository/shopfront-staging/app"));
    }

    @Test
    void aRegionWithoutItsReplicaFails() {
        List<String> problems = newProblems("shopfront-staging-eu-central-1-image-replica", resources -> {
            List<String> repositories = new ArrayList<>();
            resources.properties().forEach(e -> { if (e.getValue().path("Type").asText().equals("AWS::ECR::Repository")) repositories.add(e.getKey()); });
            repositories.forEach(resources::remove);
            resources.set("Placeholder", JSON.createObjectNode().put("Type", "AWS::CloudFormation::WaitConditionHandle"));
        });
        assertThat(problems).anySatisfy(line -> assertThat(line).startsWith("error: " + APP + "/")
                .contains("no stack of the assembly creates the repository shopfront-staging/app in 616161616161/eu-central-1"));
    }
}
