package dev.regionstack.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code deploy --profile} and credentials are checked before any synth: the CLI runs in its own process with a
 * temporary HOME (and AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE in it) and no AWS variables; nothing reaches AWS.
 */
class DeployProfilesTest {
    /** Far below a synth of the fleet (tens of seconds here): the refusals come before it. */
    private static final Duration BEFORE_ANY_SYNTH = Duration.ofSeconds(15);

    @TempDir Path home;

    private record Run(int exitCode, String out, String err, Duration took) {}

    private Run regionstack(String... args) throws IOException, InterruptedException {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), """
                [profile prod-deploy]
                sso_session = corp
                [profile no-credentials]
                region = us-east-1
                [sso-session corp]
                sso_start_url = https://example.awsapps.com/start
                """);
        Files.writeString(home.resolve(".aws/credentials"), "");
        Path fleet = Files.writeString(home.resolve("fleet.yaml"), DataLossFleets.BASE);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dev.regionstack.app.Main",
                "deploy", "-f", fleet.toString(), "--env", "prod", "-o", home.resolve("cdk.out").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectOutput(home.resolve("out.txt").toFile()).redirectError(home.resolve("err.txt").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("REGIONSTACK_PROFILE_"));
        env.putAll(Map.of("HOME", home.toString(), "AWS_CONFIG_FILE", home.resolve(".aws/config").toString(),
                "AWS_SHARED_CREDENTIALS_FILE", home.resolve(".aws/credentials").toString(),
                "AWS_EC2_METADATA_DISABLED", "true"));
        long start = System.nanoTime();
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(process.exitValue(), Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(home.resolve("err.txt"), StandardCharsets.UTF_8), Duration.ofNanos(System.nanoTime() - start));
    }

    private static void refusedBeforeSynth(Run run, int exitCode, String line) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err()).isEqualTo(line + "\n");
        assertThat(run.out()).doesNotContain("synthesized");
        assertThat(run.took()).isLessThan(BEFORE_ANY_SYNTH);
    }

    @Test
    void anUnknownProfileIsAnInvalidArgument() throws Exception {
        Run run = regionstack("--dry-run", "--profile", "333333333333=nosuchprofile");
        refusedBeforeSynth(run, 2, "error: AWS profile \"nosuchprofile\" for account 333333333333 (given for the account) is in"
                + " neither " + home.resolve(".aws/config") + " nor " + home.resolve(".aws/credentials") + ": add it (aws configure"
                + " --profile nosuchprofile) or set REGIONSTACK_PROFILE_333333333333 to a profile that exists");
    }

    @Test
    void anAccountOutsideTheSelectionIsAnInvalidArgument() throws Exception {
        Run run = regionstack("--dry-run", "--profile", "999999999999=prod-deploy");
        refusedBeforeSynth(run, 2, "error: --profile 999999999999=prod-deploy: account 999999999999 is not in the selection,"
                + " whose accounts are 333333333333 (prod)");
    }

    @Test
    void anEmptyProfileIsAnInvalidArgument() throws Exception {
        Run run = regionstack("--dry-run", "--profile", "333333333333=");
        refusedBeforeSynth(run, 2, "error: --profile 333333333333=: the profile name is empty; write --profile 333333333333=NAME");
    }

    @Test
    void noCredentialsAtAllStopsTheDeployBeforeAnything() throws Exception {
        Run run = regionstack();
        refusedBeforeSynth(run, 1, "error: no AWS credentials for account 333333333333: no --profile or"
                + " REGIONSTACK_PROFILE_333333333333 for it, no AWS_ACCESS_KEY_ID, AWS_PROFILE, web identity or container"
                + " credentials in the environment, and no [default] profile with credentials in " + home.resolve(".aws/config")
                + " or " + home.resolve(".aws/credentials") + "; give one with --profile 333333333333=NAME; nothing was deployed");
    }

    @Test
    void aProfileWithoutCredentialsStopsTheDeployBeforeAnything() throws Exception {
        Run run = regionstack("--profile", "333333333333=no-credentials");
        refusedBeforeSynth(run, 1, "error: AWS profile \"no-credentials\" for account 333333333333 holds no credentials: it sets"
                + " none of aws_access_key_id, sso_session, sso_start_url, credential_process, web_identity_token_file, role_arn"
                + " (a role_arn needs source_profile or credential_source); nothing was deployed");
    }
}
