package dev.regionstack.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.regionstack.deploy.Rollouts.wave;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@link DeployRunner} checks before it runs anything. */
class DeployRunnerPreconditionsTest {
    private static final List<RolloutWave> DEV_THEN_PROD = List.of(wave(1, "dev", "dev-1"), wave(2, "prod", "prod-1"));

    @TempDir
    Path tmp;
    private final StringWriter output = new StringWriter();

    private DeployResult deploy(RecordingCdk cdk, Path assembly, Map<String, String> profiles, List<RolloutWave> waves) {
        DeployOptions options = DeployOptions.builder().profiles(profiles).environment(cdk.environment()).build();
        return new DeployRunner(cdk.cli(), assembly, options, FakeConsole.script(), new PrintWriter(output)).run(waves);
    }

    @Test
    void aNamedProfileThatIsNotConfiguredFailsBeforeAnythingRuns() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).sleepSeconds(0).awsConfig("[profile dev-admin]\n")
                .with("REGIONSTACK_PROFILE_111111111111", "dev-admin");
        Path home = cdk.home;

        assertThatThrownBy(() -> deploy(cdk, cdk.assembly, Map.of("222222222222", "prod-admin"), DEV_THEN_PROD))
                .isInstanceOf(RolloutException.class)
                .hasMessage("AWS profile \"prod-admin\" for account 222222222222 (given for the account) is in neither "
                        + home.resolve(".aws/config") + " nor " + home.resolve(".aws/credentials")
                        + ": add it (aws configure --profile prod-admin) or set REGIONSTACK_PROFILE_222222222222 to a"
                        + " profile that exists");
        assertThat(cdk.calls()).isEmpty();
    }

    @Test
    void aMissingAwsProfileForAnAccountWithoutItsOwnProfileFailsBeforeAnythingRuns() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).sleepSeconds(0).awsConfig("[default]\n").with("AWS_PROFILE", "typo");

        assertThatThrownBy(() -> deploy(cdk, cdk.assembly, Map.of(), List.of(wave(1, "dev", "dev-1"))))
                .isInstanceOf(RolloutException.class)
                .hasMessageStartingWith("AWS profile \"typo\" for account 111111111111 (from AWS_PROFILE, as"
                        + " REGIONSTACK_PROFILE_111111111111 is not set) is in neither ");
        assertThat(cdk.calls()).isEmpty();
    }

    @Test
    void withoutAnyProfileTheDefaultCredentialChainIsUsed() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).sleepSeconds(0);

        DeployResult result = deploy(cdk, cdk.assembly, Map.of(), List.of(wave(1, "dev", "dev-1")));

        assertThat(result.deployed()).containsExactly("dev-1");
        assertThat(cdk.calls()).singleElement().satisfies(call -> assertThat(call.args()).doesNotContain("--profile"));
    }

    @Test
    void aMissingAssemblyFailsBeforeAnythingRuns() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).sleepSeconds(0);
        Path missing = tmp.resolve("not-synthesized");

        assertThatThrownBy(() -> deploy(cdk, missing, Map.of(), DEV_THEN_PROD))
                .isInstanceOf(RolloutException.class)
                .hasMessage("no cloud assembly at " + missing + " (manifest.json is missing): synthesize first");
        assertThat(cdk.calls()).isEmpty();
    }

    @Test
    void aStackInTwoWavesIsRejected() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).sleepSeconds(0);

        assertThatThrownBy(() -> deploy(cdk, cdk.assembly, Map.of(), List.of(wave(1, "dev", "dev-1"), wave(2, "dev", "dev-1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a stack may be in one wave only; repeated: dev-1");
    }
}
