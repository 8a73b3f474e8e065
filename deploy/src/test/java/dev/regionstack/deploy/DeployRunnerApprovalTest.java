package dev.regionstack.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static dev.regionstack.deploy.Rollouts.approvalWave;
import static dev.regionstack.deploy.Rollouts.wave;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An {@code approval: manual} environment: asked on a terminal, refused in a script unless approved. */
class DeployRunnerApprovalTest {
    private static final List<RolloutWave> DEV_THEN_PROD = List.of(wave(1, "dev", "dev-1"), approvalWave(2, "prod", "prod-1"),
            wave(3, "prod", "prod-2"));

    @TempDir
    Path tmp;
    private final StringWriter output = new StringWriter();

    private DeployResult deploy(RecordingCdk cdk, boolean approve, Console console) {
        DeployOptions options = DeployOptions.builder().approve(approve).environment(cdk.environment()).build();
        return new DeployRunner(cdk.cli(), cdk.assembly, options, console, new PrintWriter(output)).run(DEV_THEN_PROD);
    }

    @Test
    void withoutTerminalOrApproveItRefusesBeforeDeployingAnything() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).sleepSeconds(0);

        assertThatThrownBy(() -> deploy(cdk, false, FakeConsole.script()))
                .isInstanceOf(RolloutException.class)
                .hasMessage("deploying prod needs approval (approval: manual), and there is no terminal to ask on:"
                        + " run it on a terminal, or pass --approve to approve it in a script; nothing was deployed");
        assertThat(cdk.calls()).isEmpty();
    }

    @Test
    void approveDeploysAManualEnvironmentWithoutAsking() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).sleepSeconds(0);
        FakeConsole console = FakeConsole.script();

        DeployResult result = deploy(cdk, true, console);

        assertThat(result.deployed()).containsExactly("dev-1", "prod-1", "prod-2");
        assertThat(console.questions).isEmpty();
    }

    @Test
    void onATerminalItAsksAndAYesDeploys() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).sleepSeconds(0);
        FakeConsole console = FakeConsole.terminalAnswering("y");

        DeployResult result = deploy(cdk, false, console);

        assertThat(console.questions).containsExactly("deploy prod? [y/N]");
        assertThat(result.outcome()).isEqualTo(DeployResult.Outcome.SUCCEEDED);
        assertThat(result.deployed()).containsExactly("dev-1", "prod-1", "prod-2");
    }

    @Test
    void onATerminalAnyAnswerButYesStopsBeforeTheEnvironment() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).sleepSeconds(0);

        DeployResult result = deploy(cdk, false, FakeConsole.terminalAnswering(""));

        assertThat(cdk.calls()).extracting(RecordingCdk.Call::stack).containsExactly("dev-1");
        assertThat(result).isEqualTo(new DeployResult(DeployResult.Outcome.DECLINED, List.of("dev-1"), List.of(),
                List.of("prod-1", "prod-2")));
        assertThat(output.toString().lines()).contains("not approved: prod is not deployed",
                "rollout stopped: deploy of prod was not approved");
    }
}
