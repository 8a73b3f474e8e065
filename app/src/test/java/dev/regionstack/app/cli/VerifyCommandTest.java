package dev.regionstack.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.regionstack.app.guardrails.GuardrailFleets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** `regionstack verify --assembly DIR` through the CLI: exit codes and one line per problem. */
class VerifyCommandTest {
    @TempDir Path dir;

    @Test
    void aCleanAssemblyExitsZeroWithASummary() {
        Path example = GuardrailFleets.get("example").result().outdir();
        CliRun run = CliRun.of("verify", "--assembly", example.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).matches("verify: 49 stacks, [0-9,]+ checks, 0 problems \\([0-9.]+ s\\)\\n");
    }

    @Test
    void aBrokenAssemblyExitsOneWithOneLinePerProblem() throws IOException {
        Path broken = copy(GuardrailFleets.get("example").result().outdir(), dir.resolve("broken"));
        Path template = broken.resolve("acme-prod-us-west-2-observability.template.json");
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(template.toFile());
        ((ObjectNode) json.get("Resources")).removeAll();
        new ObjectMapper().writeValue(template.toFile(), json);
        CliRun run = CliRun.of("verify", "--assembly", broken.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().toList()).containsExactly("error: acme-prod-us-west-2-observability/Resources: the template"
                + " has no resources, so CloudFormation refuses it and the CDK CLI skips the stack; do not create the stack when it"
                + " has nothing of its own, and move anything others read from it to its producer");
        assertThat(run.out()).contains(", 1 problem (");
    }

    @Test
    void aDirectoryThatIsNoAssemblyIsAnInvalidArgument() {
        CliRun run = CliRun.of("verify", "--assembly", dir.resolve("nothing").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --assembly " + dir.resolve("nothing") + ": not a cloud assembly (no manifest.json)\n");
    }

    @Test
    void aSynthOfOneDeploymentLeavesWhatTheRestOfTheFleetProvidesUnchecked() {
        CliRun run = CliRun.of("synth", "-f", "../fleet.yaml", "--only", "prod/us-east-2", "-o", dir.resolve("one").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("verify: 9 stacks, [0-9,]+ checks, 0 problems, [0-9]+ references outside the selection not checked");
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) Files.copy(p, to.resolve(p.getFileName()));
        }
        return to;
    }
}
