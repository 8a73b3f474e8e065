package dev.regionstack.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static dev.regionstack.deploy.Rollouts.wave;
import static org.assertj.core.api.Assertions.assertThat;

/** Runs {@link DeployRunner} against the recording stand-in for {@code cdk}. */
class DeployRunnerWavesTest {
    @TempDir
    Path tmp;
    private final StringWriter output = new StringWriter();

    private DeployResult deploy(RecordingCdk cdk, int concurrency, List<RolloutWave> waves) {
        DeployOptions options = DeployOptions.builder().concurrency(concurrency).environment(cdk.environment()).build();
        return new DeployRunner(cdk.cli(), cdk.assembly, options, FakeConsole.script(), new PrintWriter(output)).run(waves);
    }

    private List<String> outputLines() {
        return output.toString().lines().toList();
    }

    @Test
    void everyCommandOfAWaveEndsBeforeAnyCommandOfTheNextWaveStarts() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).sleepSeconds(0.2);
        List<RolloutWave> waves = List.of(wave(1, "dev", "dev-1", "dev-2"), wave(2, "dev", "dev-3", "dev-4"),
                wave(3, "dev", "dev-5", "dev-6"));

        DeployResult result = deploy(cdk, 2, waves);

        List<RecordingCdk.Call> calls = cdk.calls();
        assertThat(calls).extracting(RecordingCdk.Call::stack)
                .containsExactlyInAnyOrder("dev-1", "dev-2", "dev-3", "dev-4", "dev-5", "dev-6");
        for (int k = 0; k < waves.size() - 1; k++) {
            List<String> current = waves.get(k).stacks().stream().map(RolloutStack::name).toList();
            List<String> next = waves.get(k + 1).stacks().stream().map(RolloutStack::name).toList();
            long lastEnd = calls.stream().filter(c -> current.contains(c.stack())).mapToLong(RecordingCdk.Call::endNs).max().orElseThrow();
            long firstStart = calls.stream().filter(c -> next.contains(c.stack())).mapToLong(RecordingCdk.Call::startNs).min().orElseThrow();
            assertThat(lastEnd).as("end of wave %d before start of wave %d", k + 1, k + 2).isLessThan(firstStart);
        }
        assertThat(result.outcome()).isEqualTo(DeployResult.Outcome.SUCCEEDED);
        assertThat(result.deployed()).containsExactly("dev-1", "dev-2", "dev-3", "dev-4", "dev-5", "dev-6");
    }

    @Test
    void atMostConcurrencyStacksOfAWaveRunAtOnceAndThatManyDo() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).sleepSeconds(1.0);

        deploy(cdk, 2, List.of(wave(1, "dev", "dev-1", "dev-2", "dev-3", "dev-4")));

        List<RecordingCdk.Call> calls = cdk.calls();
        assertThat(calls).hasSize(4);
        assertThat(RecordingCdk.maxOverlap(calls)).isEqualTo(2);
    }

    @Test
    void concurrencyOneDeploysStacksOneAfterAnother() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).sleepSeconds(0.1);

        deploy(cdk, 1, List.of(wave(1, "dev", "dev-1", "dev-2", "dev-3")));

        List<RecordingCdk.Call> calls = cdk.calls();
        assertThat(calls).extracting(RecordingCdk.Call::stack).containsExactly("dev-1", "dev-2", "dev-3");
        assertThat(RecordingCdk.maxOverlap(calls)).isEqualTo(1);
    }

    @Test
    void aFailedWaveLetsItsRunningStacksFinishAndStartsNoLaterWave() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).sleepSeconds(0.2).exitWith("dev-3", 1);

        DeployResult result = deploy(cdk, 2, List.of(wave(1, "dev", "dev-1", "dev-2"), wave(2, "dev", "dev-3", "dev-4"),
                wave(3, "dev", "dev-5")));

        assertThat(cdk.calls()).extracting(RecordingCdk.Call::stack)
                .containsExactlyInAnyOrder("dev-1", "dev-2", "dev-3", "dev-4");
        assertThat(result).isEqualTo(new DeployResult(DeployResult.Outcome.FAILED,
                List.of("dev-1", "dev-2", "dev-4"), List.of("dev-3"), List.of("dev-5")));
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void theSummarySaysWhatWasDeployedWhatFailedAndWhatWasNotAttempted() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).sleepSeconds(0.1).exitWith("dev-3", 1);

        deploy(cdk, 2, List.of(wave(1, "dev", "dev-1", "dev-2"), wave(2, "dev", "dev-3", "dev-4"),
                wave(3, "dev", "dev-5", "dev-6")));

        List<String> lines = outputLines();
        assertThat(lines.subList(lines.size() - 4, lines.size())).containsExactly(
                "rollout stopped: wave 2 (dev) failed",
                "deployed (3): dev-1, dev-2, dev-4",
                "failed (1): dev-3",
                "not attempted (2): dev-5, dev-6");
        assertThat(lines).anyMatch(l -> l.matches("\\[dev-3] FAILED: cdk deploy exited with 1 \\(\\d+\\.\\ds\\)"));
    }

    @Test
    void stacksOfTheFailedWaveStillQueuedAreNotStarted() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).sleepSeconds(0.1).exitWith("dev-1", 3);

        DeployResult result = deploy(cdk, 1, List.of(wave(1, "dev", "dev-1", "dev-2", "dev-3")));

        assertThat(cdk.calls()).extracting(RecordingCdk.Call::stack).containsExactly("dev-1");
        assertThat(result.failed()).containsExactly("dev-1");
        assertThat(result.notAttempted()).containsExactly("dev-2", "dev-3");
    }

    @Test
    void eachStackIsDeployedExclusivelyFromTheAssemblyWithItsAccountsProfile() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).sleepSeconds(0)
                .awsConfig("[profile dev-admin]\nregion = eu-west-2\nsso_session = corp\n")
                .with("REGIONSTACK_PROFILE_111111111111", "dev-admin");

        deploy(cdk, 1, List.of(wave(1, "dev", "dev-1")));

        assertThat(cdk.calls()).singleElement().extracting(RecordingCdk.Call::args).isEqualTo(List.of(
                "deploy", "--app", cdk.assembly.toString(), "--exclusively", "--require-approval", "never",
                "--profile", "dev-admin", "dev-1"));
    }

    @Test
    void everyOutputLineOfACdkProcessIsPrefixedWithItsStackName() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).sleepSeconds(0);

        deploy(cdk, 2, List.of(wave(1, "dev", "dev-1", "dev-22")));

        assertThat(outputLines()).contains(
                "== wave 1 (dev): dev-1, dev-22, up to 2 at a time",
                "[dev-1]  pretend deploying dev-1",
                "[dev-1]  a warning about dev-1",
                "[dev-22] pretend deploying dev-22",
                "[dev-22] a warning about dev-22");
    }
}
