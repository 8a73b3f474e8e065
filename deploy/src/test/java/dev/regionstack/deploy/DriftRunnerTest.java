package dev.regionstack.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code cdk drift} per stack against a stand-in that prints what the pinned CLI prints. */
class DriftRunnerTest {
    @TempDir Path dir;

    private static final String ACCOUNT = "111111111111";
    private static final List<RolloutStack> STACKS = List.of(
            stack("acme-dev-eu-west-2-network"), stack("acme-dev-eu-west-2-security"),
            stack("acme-dev-eu-west-2-data"), stack("acme-dev-eu-west-2-app"), stack("acme-dev-eu-west-2-api"));

    private static RolloutStack stack(String name) {
        return new RolloutStack(name, "dev", ACCOUNT, "eu-west-2");
    }

    private record Run(List<StackDrift> results, String out) {}

    private Run run(FakeDriftCdk cdk, Map<String, String> profiles, List<RolloutStack> stacks) {
        StringWriter out = new StringWriter();
        var settings = new CdkSettings(profiles, null, cdk.environment(), dir);
        List<StackDrift> results = new DriftRunner(cdk.cli(), cdk.assembly, settings, new PrintWriter(out)).run(stacks);
        return new Run(results, out.toString());
    }

    private FakeDriftCdk everyOutcome() throws IOException {
        return new FakeDriftCdk(dir)
                .answer("acme-dev-eu-west-2-network", "in-sync", 0)
                .answer("acme-dev-eu-west-2-security", "in-sync-unchecked", 0)
                .answer("acme-dev-eu-west-2-data", "drifted", 0)
                .answer("acme-dev-eu-west-2-app", "not-deployed", 1)
                .answer("acme-dev-eu-west-2-api", "no-credentials", 1);
    }

    @Test
    void eachStackGetsOneSummaryLineAndEveryStackIsCheckedPastAFailure() throws IOException {
        Run run = run(everyOutcome(), Map.of(), STACKS);
        assertThat(run.results()).extracting(StackDrift::summary).containsExactly(
                "acme-dev-eu-west-2-network: in sync",
                "acme-dev-eu-west-2-security: in sync (2 resources unchecked)",
                "acme-dev-eu-west-2-data: 2 drifted resources",
                "acme-dev-eu-west-2-app: not deployed",
                "acme-dev-eu-west-2-api: failed: Unable to resolve AWS account to use. It must be either configured when you"
                        + " define your CDK Stack, or through the environment (cdk drift exited with 1)");
        assertThat(run.out().lines().filter(l -> l.startsWith("acme-dev-")).toList())
                .containsExactlyElementsOf(run.results().stream().map(StackDrift::summary).toList());
        assertThat(run.out()).endsWith("stacks: 5, in sync 2, drifted 1, not deployed 1, failed 1\n");
        assertThat(DriftRunner.exitCode(run.results())).isEqualTo(1);
    }

    @Test
    void theDriftedResourcesAreShownAboveTheirStacksLine() throws IOException {
        String out = run(everyOutcome(), Map.of(), STACKS).out();
        assertThat(out).contains("""
                  Modified Resources
                  [~] AWS::SQS::Queue Queue Queue
                   └─ [~] /VisibilityTimeout
                       ├─ [-] 30
                       └─ [+] 60
                """);
        assertThat(out.indexOf("[-] AWS::SSM::Parameter QueueUrl")).isLessThan(out.indexOf("acme-dev-eu-west-2-data: 2 drifted"));
        // a stack in sync prints only its line
        assertThat(out).doesNotContain("No drift detected");
    }

    @Test
    void allInSyncExitsZero() throws IOException {
        FakeDriftCdk cdk = new FakeDriftCdk(dir).answer("acme-dev-eu-west-2-network", "in-sync", 0)
                .answer("acme-dev-eu-west-2-security", "in-sync-unchecked", 0);
        Run run = run(cdk, Map.of(), STACKS.subList(0, 2));
        assertThat(DriftRunner.exitCode(run.results())).isZero();
    }

    @Test
    void aCliThatExitsZeroWithoutACountIsAFailureNotASync() throws IOException {
        // e.g. a CLI whose output changed: never report "in sync" without the CLI saying so
        FakeDriftCdk silent = new FakeDriftCdk(dir);
        assertThat(run(silent, Map.of(), STACKS.subList(0, 1)).results()).extracting(StackDrift::summary)
                .containsExactly("acme-dev-eu-west-2-network: failed: cdk drift printed no drift count");
    }

    @Test
    void oneCommandPerStackWithTheAccountsProfile() throws IOException {
        FakeDriftCdk cdk = everyOutcome();
        java.nio.file.Files.createDirectories(dir.resolve(".aws"));
        java.nio.file.Files.writeString(dir.resolve(".aws/config"), "[profile dev-admin]\nregion = eu-west-2\n");
        run(cdk, Map.of(ACCOUNT, "dev-admin"), STACKS);
        assertThat(cdk.calls()).containsExactly(STACKS.stream().map(s ->
                "drift --app " + cdk.assembly.toAbsolutePath() + " --no-color --profile dev-admin " + s.name()).toArray(String[]::new));
    }

    @Test
    void withoutAnAssemblyNothingRuns() throws IOException {
        FakeDriftCdk cdk = new FakeDriftCdk(dir);
        java.nio.file.Files.delete(cdk.assembly.resolve("manifest.json"));
        assertThatThrownBy(() -> run(cdk, Map.of(), STACKS)).isInstanceOf(RolloutException.class)
                .hasMessageContaining("manifest.json is missing");
        assertThat(cdk.calls()).isEmpty();
    }
}
