package dev.regionstack.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiffRunnerTest {
    @TempDir
    Path tmp;
    private final StringWriter output = new StringWriter();

    private static RolloutStack stack(String name, String account) {
        return new RolloutStack(name, "dev", account, "eu-west-2");
    }

    /** dev/eu-west-2 has two stacks; dev/global has one stack in the environment's account and one in another. */
    private static Map<String, List<RolloutStack>> byDeployment() {
        Map<String, List<RolloutStack>> map = new LinkedHashMap<>();
        map.put("dev/eu-west-2", List.of(stack("acme-dev-eu-west-2-network", "111111111111"),
                stack("acme-dev-eu-west-2-data", "111111111111")));
        map.put("dev/global", List.of(stack("acme-dev-global-edge", "111111111111"),
                stack("acme-dev-global-dns", "444444444444")));
        return map;
    }

    private DiffRunner runner(RecordingCdk cdk) {
        return new DiffRunner(cdk.cli(), cdk.assembly, new CdkSettings(Map.of("444444444444", "dns-admin"), null,
                cdk.environment(), null), new PrintWriter(output));
    }

    @Test
    void oneCommandPerDeploymentSplitByAccountWithEachAccountsProfile() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp);
        String diff = cdk.bin.resolve("cdk") + " diff --app " + cdk.assembly + " ";

        Map<String, List<String>> commands = runner(cdk).commands(byDeployment());

        assertThat(commands.keySet()).containsExactly("dev/eu-west-2", "dev/global (111111111111)", "dev/global (444444444444)");
        assertThat(commands.values()).extracting(ShellWords::join).containsExactly(
                diff + "acme-dev-eu-west-2-network acme-dev-eu-west-2-data",
                diff + "acme-dev-global-edge",
                diff + "--profile dns-admin acme-dev-global-dns");
    }

    @Test
    void runDiffsEveryGroupUnderAHeadingEvenAfterAFailure() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).sleepSeconds(0).awsConfig("[profile dns-admin]\n")
                .exitWith("acme-dev-eu-west-2-data", 2);

        RunResult result = runner(cdk).run(byDeployment());

        assertThat(cdk.calls()).extracting(RecordingCdk.Call::stack)
                .containsExactly("acme-dev-eu-west-2-data", "acme-dev-global-edge", "acme-dev-global-dns");
        assertThat(result).isEqualTo(new RunResult(List.of("dev/global (111111111111)", "dev/global (444444444444)"),
                List.of("dev/eu-west-2"), List.of()));
        assertThat(output.toString().lines()).containsSubsequence(
                "== diff dev/eu-west-2: acme-dev-eu-west-2-network, acme-dev-eu-west-2-data",
                "pretend deploying acme-dev-eu-west-2-data",
                "FAILED: cdk diff of dev/eu-west-2 exited with 2",
                "== diff dev/global (111111111111): acme-dev-global-edge",
                "== diff dev/global (444444444444): acme-dev-global-dns",
                "failed (1): dev/eu-west-2");
    }

    @Test
    void aMissingProfileFailsBeforeAnyDiff() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp);

        assertThatThrownBy(() -> runner(cdk).run(byDeployment()))
                .isInstanceOf(RolloutException.class)
                .hasMessageStartingWith("AWS profile \"dns-admin\" for account 444444444444 (given for the account) is in neither ");
        assertThat(cdk.calls()).isEmpty();
    }
}
