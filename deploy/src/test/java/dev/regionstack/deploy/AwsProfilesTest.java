package dev.regionstack.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class AwsProfilesTest {
    @TempDir
    Path home;

    @Test
    void theAccountsVariableComesBeforeTheCallersProfiles() {
        AwsProfiles profiles = new AwsProfiles(Map.of("111111111111", "from-map"),
                Map.of("REGIONSTACK_PROFILE_111111111111", "from-variable"));

        assertThat(profiles.profileFor("111111111111")).contains("from-variable");
    }

    @Test
    void theCallersProfileIsUsedWhenTheAccountHasNoVariable() {
        AwsProfiles profiles = new AwsProfiles(Map.of("111111111111", "from-map"), Map.of());

        assertThat(profiles.profileFor("111111111111")).contains("from-map");
    }

    @Test
    void anAccountWithoutProfileUsesTheDefaultCredentialChain() {
        AwsProfiles profiles = new AwsProfiles(Map.of("111111111111", "from-map"), Map.of("AWS_PROFILE", "ambient"));

        assertThat(profiles.profileFor("222222222222")).isEmpty();
    }

    @Test
    void profilesAreReadFromConfigSectionsAndCredentialsSections() throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), """
                [default]
                region = eu-west-2
                [profile  dev-admin ]
                sso_session = corp
                [sso-session corp]
                sso_region = eu-west-1
                [services local]
                """);
        Files.writeString(home.resolve(".aws/credentials"), "[ci-keys]\naws_access_key_id = AKIA...\n");

        AwsProfiles profiles = new AwsProfiles(Map.of(), Map.of("HOME", home.toString()));

        assertThat(profiles.definedProfiles()).containsExactly("default", "dev-admin", "ci-keys");
    }

    @Test
    void theConfigFileVariablesAreHonoured() throws IOException {
        Path config = Files.writeString(home.resolve("elsewhere-config"), "[profile moved]\n");
        Path credentials = Files.writeString(home.resolve("elsewhere-credentials"), "[keys]\n");

        AwsProfiles profiles = new AwsProfiles(Map.of("111111111111", "moved", "222222222222", "keys"), Map.of(
                "HOME", home.resolve("no-home").toString(),
                "AWS_CONFIG_FILE", config.toString(), "AWS_SHARED_CREDENTIALS_FILE", credentials.toString()));

        assertThatCode(() -> profiles.requireDefined(List.of("111111111111", "222222222222"))).doesNotThrowAnyException();
    }
}
