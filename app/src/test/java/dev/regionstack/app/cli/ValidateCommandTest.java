package dev.regionstack.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {
    @TempDir Path dir;

    @Test
    void exampleFleetIsValid() {
        CliRun run = CliRun.of("validate", "-f", "../fleet.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("valid: 2 environments, 5 deployments");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aFileThatReplacesRegionstacksOwnTagsGetsOneNote() throws Exception {
        Path file = Files.writeString(dir.resolve("fleet.yaml"), dev.regionstack.app.guardrails.GuardrailFleets.THREE_ZONES);
        CliRun run = CliRun.of("validate", "-f", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err().lines()).containsExactly("note: " + file + ": the file's tags replace regionstack's own Environment "
                + "(tags.Environment), Region (environments.staging.tags.Region) and ManagedBy (environments.dev.tags.ManagedBy) "
                + "on the resources they cover");
    }

    @Test
    void invalidFleetPrintsEveryProblemAndExitsTwo() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yaml"), """
                project: Acme
                environments:
                  dev:
                    account: 111111111111
                    regions:
                      eu-west-2: {cidr: 10.0.0.0/16, primary: true}
                """);
        CliRun run = CliRun.of("validate", "-f", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSizeGreaterThanOrEqualTo(2)
                .allMatch(l -> l.startsWith("error: " + file + ":"));
        assertThat(run.err()).contains(":1:10: project: ").contains(":4:14: environments.dev.account: ");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void missingFileExitsTwoWithoutStackTrace() {
        CliRun run = CliRun.of("validate", "-f", dir.resolve("nope.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ").doesNotContain("\tat ");
    }

    @Test
    void unknownOptionExitsTwo() {
        CliRun run = CliRun.of("validate", "--frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--frobnicate'");
    }
}
