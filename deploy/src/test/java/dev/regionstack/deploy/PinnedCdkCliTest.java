package dev.regionstack.deploy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real CDK CLI that the build installs (never skipped: if it is missing, {@link CdkCli#locate} throws and
 * these tests fail) reads a cloud assembly of the schema version aws-cdk-lib 2.263.0 writes (54.0.0). Offline:
 * {@code ls} and {@code synth} of a pre-synthesized assembly call no AWS API; version check, notices and
 * telemetry are off.
 */
class PinnedCdkCliTest {
    private static final Path REPO_ROOT = Path.of(System.getProperty("regionstack.repoRoot", "..")).toAbsolutePath().normalize();

    @TempDir
    Path tmp;
    private Path assembly;
    private CdkCli cdk;

    @BeforeEach
    void setUp() throws IOException {
        cdk = CdkCli.locate(REPO_ROOT, Map.of());
        assembly = Files.createDirectories(tmp.resolve("cdk.out"));
        Path fixture = Path.of("src/test/resources/assembly");
        try (Stream<Path> files = Files.list(fixture)) {
            for (Path f : files.toList()) Files.copy(f, assembly.resolve(f.getFileName()));
        }
    }

    private record Run(int exitCode, String stdout, String stderr) {}

    private Run cdk(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(cdk.command(List.of(args)));
        command.add("--no-notices");
        ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile());
        builder.environment().clear();
        builder.environment().putAll(Map.of(
                "PATH", System.getenv("PATH"),
                "HOME", tmp.toString(),
                "CDK_DISABLE_VERSION_CHECK", "1",
                "CDK_DISABLE_CLI_TELEMETRY", "true"));
        Process process = builder.start();
        process.getOutputStream().close();
        byte[][] streams = new byte[2][];
        Thread err = new Thread(() -> streams[1] = readAll(process.getErrorStream()));
        err.start();
        streams[0] = readAll(process.getInputStream());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("cdk finished").isTrue();
        err.join();
        return new Run(process.exitValue(), new String(streams[0], StandardCharsets.UTF_8),
                new String(streams[1], StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theInstalledCliIsThePinnedVersion() throws Exception {
        Run run = cdk("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).startsWith(CdkCli.PINNED_VERSION + " ");
        assertThat(cdk.executable()).isEqualTo(REPO_ROOT.resolve("tools/cdk-cli/node_modules/.bin/cdk"));
    }

    @Test
    void thePinnedCliHasTheDriftCommandThatRegionstackDriftRuns() throws Exception {
        Run run = cdk("drift", "--help");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).startsWith("cdk drift [STACKS..]").contains("Detect drifts in the given CloudFormation stack(s)")
                .contains("--no-color").contains("--profile");
    }

    @Test
    void lsListsTheStacksOfASchema54Assembly() throws Exception {
        Run run = cdk("ls", "--app", assembly.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout().lines()).containsExactly("acme-dev-eu-west-2-network", "acme-dev-eu-west-2-data");
    }

    @Test
    void lsLongReadsEachStacksEnvironmentFromTheManifest() throws Exception {
        Run run = cdk("ls", "--long", "--app", assembly.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("""
                - id: acme-dev-eu-west-2-data
                  name: acme-dev-eu-west-2-data
                  environment:
                    account: "111111111111"
                    region: eu-west-2
                    name: aws://111111111111/eu-west-2
                """);
    }

    @Test
    void synthPrintsAStacksTemplateFromTheAssembly() throws Exception {
        Run run = cdk("synth", "--app", assembly.toString(), "acme-dev-eu-west-2-data");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEqualTo("""
                Resources:
                  Queue:
                    Type: AWS::SQS::Queue
                    Properties:
                      QueueName: acme-dev-data-jobs
                    UpdateReplacePolicy: Retain
                    DeletionPolicy: Retain

                """);
    }

    @Test
    void anAssemblyOfANewerSchemaThanTheCliKnowsIsRejected() throws Exception {
        Path manifest = assembly.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"version\": \"54.0.0\"", "\"version\": \"99.0.0\""));

        Run run = cdk("ls", "--app", assembly.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("Cloud assembly schema version mismatch: Maximum schema version supported is 55.x.x,"
                + " but found 99.0.0");
    }
}
