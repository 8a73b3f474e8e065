package dev.regionstack.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.regionstack.deploy.Rollouts.approvalWave;
import static dev.regionstack.deploy.Rollouts.wave;
import static org.assertj.core.api.Assertions.assertThat;

class DeployRunnerDryRunTest {
    @TempDir
    Path tmp;
    private final StringWriter output = new StringWriter();

    private DeployResult dryRun(RecordingCdk cdk, Path assembly, boolean approve) {
        DeployOptions options = DeployOptions.builder().dryRun(true).approve(approve).concurrency(2)
                .profiles(Map.of("222222222222", "prod-deploy")).extraArgs(List.of("--no-notices"))
                .environment(cdk.environment()).build();
        List<RolloutWave> waves = List.of(
                wave(1, "dev", "acme-dev-eu-west-2-network"),
                wave(2, "dev", "acme-dev-eu-west-2-data", "acme-dev-us-east-1-data"),
                approvalWave(3, "prod", "acme-prod-eu-west-2-network"));
        return new DeployRunner(cdk.cli(), assembly, options, FakeConsole.script(), new PrintWriter(output)).run(waves);
    }

    @Test
    void printsEveryCommandInOrderAsAShellLineAndRunsNothing() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).awsConfig("[profile prod-deploy]\n");
        Path assembly = Files.createDirectories(tmp.resolve("cdk out"));
        String deploy = cdk.bin.resolve("cdk") + " deploy --app '" + assembly + "' --exclusively --require-approval never ";

        DeployResult result = dryRun(cdk, assembly, false);

        assertThat(output.toString()).isEqualTo(String.join("\n",
                "# wave 1 (dev): 1 stack, up to 1 at a time",
                deploy + "--no-notices acme-dev-eu-west-2-network",
                "# wave 2 (dev): 2 stacks, up to 2 at a time",
                deploy + "--no-notices acme-dev-eu-west-2-data",
                deploy + "--no-notices acme-dev-us-east-1-data",
                "# wave 3 (prod): 1 stack, up to 1 at a time",
                "# approval needed before this wave: asks \"deploy prod? [y/N]\" on a terminal, or pass --approve",
                deploy + "--profile prod-deploy --no-notices acme-prod-eu-west-2-network",
                ""));
        assertThat(cdk.calls()).isEmpty();
        assertThat(result).isEqualTo(new DeployResult(DeployResult.Outcome.DRY_RUN, List.of(), List.of(), List.of(
                "acme-dev-eu-west-2-network", "acme-dev-eu-west-2-data", "acme-dev-us-east-1-data",
                "acme-prod-eu-west-2-network")));
    }

    @Test
    void saysWhenApproveGivesTheManualApproval() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).awsConfig("[profile prod-deploy]\n");

        dryRun(cdk, cdk.assembly, true);

        assertThat(output.toString().lines()).contains("# approval needed before this wave: given by --approve");
    }
}
