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
    void aWarningIsOneLineOnStderrAndTheFileStaysValid() throws Exception {
        Path file = Files.writeString(dir.resolve("small-class.yaml"), """
                project: acme
                environments:
                  dev:
                    account: "111111111111"
                    data: {aurora: {instanceClass: db.t4g.large}}
                    regions:
                      eu-west-2: {cidr: 10.0.0.0/16, primary: true}
                      eu-west-1: {cidr: 10.1.0.0/16}
                """);
        CliRun run = CliRun.of("validate", "-f", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("valid: 1 environments, 2 deployments");
        assertThat(run.err().lines()).containsExactly("warning: " + file + ":5:36: environments.dev.data.aurora.instanceClass: "
                + "`db.t4g.large` is not a memory-optimised instance class; AWS recommends db.r* or db.x2g* classes for Aurora "
                + "global databases (replication to the other regions needs the memory), e.g. db.r6g.large");
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
