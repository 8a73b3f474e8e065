package dev.regionstack.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.regionstack.deploy.Rollouts.wave;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every account needs a credential source before anything deploys; judged from a temporary HOME, no network. */
class CredentialSourcesTest {
    private static final String ACCOUNT = "333333333333";

    @TempDir Path home;

    private Map<String, String> environment(String... pairs) {
        Map<String, String> env = new HashMap<>(Map.of("HOME", home.toString(),
                "AWS_CONFIG_FILE", home.resolve(".aws/config").toString(),
                "AWS_SHARED_CREDENTIALS_FILE", home.resolve(".aws/credentials").toString()));
        for (int i = 0; i < pairs.length; i += 2) env.put(pairs[i], pairs[i + 1]);
        return env;
    }

    private void files(String config, String credentials) throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), config);
        Files.writeString(home.resolve(".aws/credentials"), credentials);
    }

    private static void check(Map<String, String> profiles, Map<String, String> environment) {
        new AwsProfiles(profiles, environment).requireCredentials(List.of(ACCOUNT));
    }

    @Test
    void nothingAtAllIsRefusedNamingWhereItLooked() {
        assertThatThrownBy(() -> check(Map.of(), environment()))
                .isInstanceOf(RolloutException.class)
                .hasMessage("no AWS credentials for account 333333333333: no --profile or REGIONSTACK_PROFILE_333333333333"
                        + " for it, no AWS_ACCESS_KEY_ID, AWS_PROFILE, web identity or container credentials in the"
                        + " environment, and no [default] profile with credentials in " + home.resolve(".aws/config") + " or "
                        + home.resolve(".aws/credentials") + "; give one with --profile 333333333333=NAME; nothing was deployed");
    }

    @Test
    void aDefaultProfileWithoutCredentialsIsNotASource() throws IOException {
        files("[default]\nregion = us-east-1\n", "");
        assertThatThrownBy(() -> check(Map.of(), environment())).hasMessageStartingWith("no AWS credentials for account ");
    }

    @Test
    void theDefaultChainsSourcesCount() throws IOException {
        assertThatCode(() -> check(Map.of(), environment("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE",
                "AWS_SECRET_ACCESS_KEY", "secret"))).doesNotThrowAnyException();
        assertThatCode(() -> check(Map.of(), environment("AWS_WEB_IDENTITY_TOKEN_FILE", "/var/run/token",
                "AWS_ROLE_ARN", "arn:aws:iam::333333333333:role/deploy"))).doesNotThrowAnyException();
        assertThatCode(() -> check(Map.of(), environment("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/x")))
                .doesNotThrowAnyException();
        files("", "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = secret\n");
        assertThatCode(() -> check(Map.of(), environment())).doesNotThrowAnyException();
    }

    @Test
    void aKeyIdWithoutSecretInTheEnvironmentIsNotASource() {
        assertThatThrownBy(() -> check(Map.of(), environment("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")))
                .hasMessageStartingWith("no AWS credentials for account ");
    }

    @Test
    void aNamedProfileMustHoldCredentials() throws IOException {
        files("""
                [profile sso]
                sso_session = corp
                [profile role]
                role_arn = arn:aws:iam::333333333333:role/deploy
                source_profile = sso
                [profile instance]
                role_arn = arn:aws:iam::333333333333:role/deploy
                credential_source = Ec2InstanceMetadata
                [profile orphan-role]
                role_arn = arn:aws:iam::333333333333:role/deploy
                [profile region-only]
                region = eu-west-2
                  # an indented sub-setting is not a top-level key
                  aws_access_key_id = nested
                """, "[keys]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n");

        for (String ok : List.of("sso", "role", "instance", "keys")) {
            assertThatCode(() -> check(Map.of(ACCOUNT, ok), environment())).as(ok).doesNotThrowAnyException();
        }
        for (String bad : List.of("orphan-role", "region-only")) {
            assertThatThrownBy(() -> check(Map.of(ACCOUNT, bad), environment())).as(bad)
                    .hasMessageStartingWith("AWS profile \"" + bad + "\" for account 333333333333 holds no credentials: it"
                            + " sets none of aws_access_key_id, sso_session, sso_start_url, credential_process,"
                            + " web_identity_token_file, role_arn");
        }
    }

    @Test
    void aProfileFromAwsProfileMustHoldCredentials() throws IOException {
        files("[profile empty]\nregion = eu-west-2\n", "");
        assertThatThrownBy(() -> check(Map.of(), environment("AWS_PROFILE", "empty")))
                .hasMessageStartingWith("AWS profile \"empty\" (from AWS_PROFILE) for account 333333333333 holds no credentials");
    }

    @Test
    void aDeployWithoutCredentialsStopsBeforeTheFirstWaveButADryRunDoesNot() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(home.resolve("cdk")).sleepSeconds(0)
                .with("AWS_ACCESS_KEY_ID", "").with("AWS_SECRET_ACCESS_KEY", "");
        List<RolloutWave> waves = List.of(wave(1, "dev", "dev-1"));
        StringWriter output = new StringWriter();

        assertThatThrownBy(() -> new DeployRunner(cdk.cli(), cdk.assembly, DeployOptions.builder().environment(cdk.environment())
                .build(), FakeConsole.script(), new PrintWriter(output)).run(waves))
                .isInstanceOf(RolloutException.class).hasMessageStartingWith("no AWS credentials for account 111111111111: ");
        assertThat(cdk.calls()).isEmpty();

        DeployResult dryRun = new DeployRunner(cdk.cli(), cdk.assembly, DeployOptions.builder().dryRun(true)
                .environment(cdk.environment()).build(), FakeConsole.script(), new PrintWriter(output)).run(waves);
        assertThat(dryRun.outcome()).isEqualTo(DeployResult.Outcome.DRY_RUN);
    }
}
