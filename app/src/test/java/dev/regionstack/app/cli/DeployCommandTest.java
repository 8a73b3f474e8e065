package dev.regionstack.app.cli;

import dev.regionstack.guard.DeployRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** `deploy --dry-run` through the CLI: the exact cdk commands in wave order, and the data-loss refusal. */
class DeployCommandTest {
    @TempDir Path dir;

    private Path fleet(String yaml) throws IOException {
        return Files.writeString(dir.resolve("fleet.yaml"), yaml);
    }

    @Test
    void dryRunPrintsOneCdkDeployPerStackInWaveOrder() throws IOException {
        Path fleet = fleet(DataLossFleets.BASE);
        Path out = dir.resolve("cdk.out");
        CliRun run = CliRun.of("deploy", "-f", fleet.toString(), "--env", "prod", "--dry-run", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> deploys = run.out().lines().filter(l -> l.contains(" deploy --app ")).toList();
        assertThat(deploys).hasSize(20);   // every stack of prod, its global-resilience stack included
        assertThat(deploys).allMatch(l -> l.contains("--app " + out.toAbsolutePath()) && l.contains("--exclusively")
                && l.contains("--require-approval never"));
        List<String> order = deploys.stream().map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
        assertThat(order.indexOf("guardtest-prod-us-east-1-security")).isLessThan(order.indexOf("guardtest-prod-us-east-2-security"));
        assertThat(order.indexOf("guardtest-prod-us-west-2-security")).isLessThan(order.indexOf("guardtest-prod-us-east-1-data"));
        assertThat(order.indexOf("guardtest-prod-us-east-1-data")).isLessThan(order.indexOf("guardtest-prod-us-west-2-data"));
        assertThat(run.out()).contains("no earlier deploy of prod recorded");
    }

    @Test
    void deployNeedsAnEnvironment() throws IOException {
        CliRun run = CliRun.of("deploy", "-f", fleet(DataLossFleets.BASE).toString(), "--dry-run");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: deploy needs --env NAME\n");
    }

    @Test
    void dataLossInARetainedEnvironmentIsRefusedUnlessAllowed() throws IOException {
        Path fleet = fleet(DataLossFleets.BASE);
        Path first = dir.resolve("first");
        assertThat(CliRun.of("synth", "-f", fleet.toString(), "-o", first.toString()).exitCode()).isZero();
        DeployRecord.of(dir, "prod").save(first, Set.of("guardtest-prod-us-east-1-data", "guardtest-prod-us-east-2-data",
                "guardtest-prod-us-west-2-data"));

        fleet(DataLossFleets.with("engine: postgres", "engine: mysql"));
        CliRun refused = CliRun.of("deploy", "-f", fleet.toString(), "--env", "prod", "--dry-run", "-o", dir.resolve("second").toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("refusing to deploy: ").contains("guardtest-prod-us-east-1-data/")
                .contains("--allow-data-loss");
        assertThat(refused.out()).doesNotContain(" deploy --app ");

        CliRun allowed = CliRun.of("deploy", "-f", fleet.toString(), "--env", "prod", "--dry-run", "-o", dir.resolve("third").toString(),
                "--allow-data-loss", "guardtest-prod-us-east-1-data,guardtest-prod-us-east-2-data,guardtest-prod-us-west-2-data");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(allowed.out()).contains(" deploy --app ");
    }

    @Test
    void aDeployThatRemovesAnExportADeployedStackImportsIsRefusedBeforeAnythingRuns() throws IOException {
        Path fleet = fleet(DataLossFleets.BASE);
        Path first = dir.resolve("first");
        assertThat(CliRun.of("synth", "-f", fleet.toString(), "-o", first.toString()).exitCode()).isZero();
        try (var templates = Files.list(first)) {
            Set<String> stacks = new java.util.TreeSet<>(templates.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".template.json")).map(n -> n.substring(0, n.length() - ".template.json".length())).toList());
            DeployRecord.of(dir, "prod").save(first, stacks);
        }

        // without Aurora the data stacks stop exporting the cluster's endpoint and security group, which the deployed app stacks import
        fleet(DataLossFleets.with("aurora: {engine: postgres}", "aurora: false"));
        CliRun refused = CliRun.of("deploy", "-f", fleet.toString(), "--env", "prod", "--dry-run", "-o", dir.resolve("second").toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("error: guardtest-prod-us-east-1-data/")
                .contains(": removes the export guardtest-prod-us-east-1-data:")
                .contains(", which the deployed guardtest-prod-us-east-1-app still imports; CloudFormation refuses that update")
                .endsWith("error: the deploy simulation found " + refused.err().lines().filter(l -> l.startsWith("error: guardtest")).count()
                        + " problem(s): nothing was deployed\n");
        assertThat(refused.out()).doesNotContain(" deploy --app ");
    }
}
