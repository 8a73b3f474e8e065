package dev.regionstack.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code regionstack drift} through the CLI: the selection's stacks, one {@code cdk drift} each, and bad input as exit 2
 * before any synth. Running the commands against a stand-in of the CLI is {@code deploy}'s DriftRunnerTest.
 */
class DriftCommandTest {
    @TempDir Path dir;

    private static final String FLEET = """
            project: drifty
            defaults:
              components: [network, security, messaging]
            environments:
              dev:
                account: "121212121212"
                regions:
                  eu-west-1: {cidr: 10.10.0.0/16, primary: true}
              prod:
                account: "343434343434"
                regions:
                  eu-west-1: {cidr: 10.20.0.0/16, primary: true}
                  eu-west-2: {cidr: 10.21.0.0/16}
            """;

    private Path fleet() throws IOException {
        return Files.writeString(dir.resolve("fleet.yaml"), FLEET);
    }

    @Test
    void dryRunPrintsOneCdkDriftPerStackOfTheSelection() throws IOException {
        Path out = dir.resolve("cdk.out");
        CliRun run = CliRun.of("drift", "-f", fleet().toString(), "--only", "prod/eu-west-2", "--dry-run", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> stacks = run.out().lines().map(l -> {
            assertThat(l).contains(" drift --app " + out.toAbsolutePath() + " --no-color ");
            return l.substring(l.lastIndexOf(' ') + 1);
        }).toList();
        // the accepter's peering routes too: every stack the plan gives the deployment
        assertThat(stacks).containsExactlyInAnyOrder("drifty-prod-eu-west-2-security", "drifty-prod-eu-west-2-network",
                "drifty-prod-eu-west-2-peering-routes", "drifty-prod-eu-west-2-messaging");
        assertThat(out.resolve("drifty-prod-eu-west-2-messaging.template.json")).exists();
    }

    @Test
    void anUnknownDeploymentIsExitTwoWithOneLine() throws IOException {
        CliRun run = CliRun.of("drift", "-f", fleet().toString(), "--only", "prod/us-east-1", "--dry-run", "-o", dir.resolve("o").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1).allMatch(l -> l.startsWith("error: ") && l.contains("prod/us-east-1"));
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void aProfileForAnAccountOutsideTheSelectionIsExitTwo() throws IOException {
        CliRun run = CliRun.of("drift", "-f", fleet().toString(), "--env", "dev", "--profile", "343434343434=prod-admin",
                "--dry-run", "-o", dir.resolve("o").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --profile 343434343434=prod-admin: account 343434343434 is not in the selection,"
                + " whose accounts are 121212121212 (dev)\n");
    }
}
