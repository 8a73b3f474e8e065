package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Alarms;
import dev.regionstack.fleet.model.AppSettings;
import dev.regionstack.fleet.model.Approval;
import dev.regionstack.fleet.model.AuroraEngine;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Consistency;
import dev.regionstack.fleet.model.DataSettings;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.model.Settings;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.fleet.model.Waf;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.regionstack.fleet.Fleets.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** defaults -> environment -> region -> built-in defaults: maps merge key by key, lists and scalars replace. */
class ResolutionTest {

    private static Deployment deployment(Fleet fleet, String key) {
        return fleet.deployments().stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void withNothingSetTheBuiltInDefaultsApply() {
        Fleet fleet = Fleets.load(MINIMAL);
        Settings settings = fleet.deployments().get(0).settings();

        assertThat(settings).isEqualTo(new Settings(Sizing.SMALL, Component.DEFAULTS.stream().filter(c -> c != Component.DNS).toList(),
                Waf.DEFAULT, Alarms.DEFAULT, AppSettings.DEFAULT, DataSettings.DEFAULT));
        assertThat(fleet.environments().get(0).approval()).isEqualTo(Approval.AUTO);
        assertThat(fleet.environments().get(0).dns()).isEmpty();
    }

    @Test
    void withADnsBlockTheDefaultComponentsKeepDns() {
        Fleet fleet = Fleets.load(MINIMAL + "dns: {zoneName: example.com, zoneId: Z1}\n");

        assertThat(fleet.deployments().get(0).settings().components()).containsExactlyElementsOf(Component.DEFAULTS);
    }

    @Test
    void aRegionMapMergesKeyByKeyWithTheEnvironments() {
        Fleet fleet = Fleets.load(MINIMAL
                .replace("    regions:", "    waf: {blockedCountries: [KP], rateLimitPer5Min: 500}\n    regions:")
                .replace("primary: true}", "primary: true, waf: {blockedCountries: [CN]}}"));

        assertThat(fleet.deployments().get(0).settings().waf()).isEqualTo(new Waf(List.of("CN"), 500));
        assertThat(fleet.environments().get(0).settings().waf()).isEqualTo(new Waf(List.of("KP"), 500));
    }

    @Test
    void anEnvironmentListReplacesTheDefaultsList() {
        Fleet fleet = Fleets.load(MINIMAL.replace("    regions:", "    waf: {blockedCountries: [IR]}\n    regions:")
                + "defaults:\n  waf: {blockedCountries: [KP, RU], rateLimitPer5Min: 100}\n");

        assertThat(fleet.deployments().get(0).settings().waf()).isEqualTo(new Waf(List.of("IR"), 100));
    }

    @Test
    void aRegionAppOverrideKeepsTheEnvironmentsOtherAppKeys() {
        Fleet fleet = Fleets.load(MINIMAL.replace("    regions:", "    app: {cpu: 1024, memoryMiB: 4096}\n    regions:")
                .replace("primary: true}", "primary: true, app: {maxTasks: 20}}"));

        assertThat(fleet.deployments().get(0).settings().app())
                .isEqualTo(new AppSettings("public.ecr.aws/nginx/nginx:stable", 80, "/", 1024, 4096, 2, 20));
    }

    @Test
    void componentsAreInDeclarationOrderWhateverTheFileOrder() {
        Fleet fleet = Fleets.load(MINIMAL + "defaults:\n  components: [observability, pipeline, network]\n");

        assertThat(fleet.deployments().get(0).settings().components())
                .containsExactly(Component.NETWORK, Component.OBSERVABILITY, Component.PIPELINE);
    }

    @Test
    void auroraFalseLeavesAuroraOutAndAnEnvironmentCanChooseMysql() {
        Fleet fleet = Fleets.load("""
                project: acme
                defaults:
                  data: {aurora: false}
                environments:
                  dev:
                    account: "111111111111"
                    regions:
                      us-east-1: {cidr: 10.0.0.0/16, primary: true}
                  prod:
                    account: "222222222222"
                    data: {aurora: {engine: mysql}, globalTable: {consistency: strong}}
                    regions:
                      us-east-1: {cidr: 10.0.0.0/16, primary: true}
                      us-east-2: {cidr: 10.1.0.0/16}
                      us-west-2: {cidr: 10.2.0.0/16}
                """);

        assertThat(fleet.environment("dev").orElseThrow().settings().data()).isEqualTo(new DataSettings(Optional.empty(), Consistency.EVENTUAL));
        assertThat(fleet.environment("prod").orElseThrow().settings().data())
                .isEqualTo(DataSettings.preset(Optional.of(AuroraEngine.MYSQL), Consistency.STRONG, Sizing.SMALL, true));
    }

    @Test
    void peerCidrsAreTheOtherRegionsInFileOrder() {
        Fleet fleet = Fleets.load(MINIMAL + "      eu-west-1: {cidr: 10.1.0.0/16}\n      ap-southeast-2: {cidr: 10.2.0.0/20}\n");
        Deployment middle = deployment(fleet, "prod/eu-west-1");

        assertThat(middle.peerCidrs()).containsExactly(Map.entry("us-east-1", "10.0.0.0/16"), Map.entry("ap-southeast-2", "10.2.0.0/20"));
        assertThat(middle.environmentRegions()).containsExactly("us-east-1", "eu-west-1", "ap-southeast-2");
        assertThat(middle.primaryRegion()).isEqualTo("us-east-1");
        assertThat(middle.primary()).isFalse();
    }

    @Test
    void zonesDefaultToTheTableAndCanBeNamed() {
        Fleet fleet = Fleets.load(MINIMAL.replace("primary: true}", "primary: true, zones: [us-east-1d, us-east-1f]}")
                + "      us-west-1: {cidr: 10.1.0.0/16}\n      ap-northeast-1: {cidr: 10.2.0.0/16}\n");

        assertThat(fleet.deployments()).extracting(Deployment::zones).containsExactly(
                List.of("us-east-1d", "us-east-1f"),
                List.of("us-west-1b", "us-west-1c"),
                List.of("ap-northeast-1a", "ap-northeast-1c", "ap-northeast-1d"));
    }

    @Test
    void overlappingCidrsInDifferentEnvironmentsAreAllowed() {
        Fleet fleet = Fleets.load(MINIMAL + MINIMAL.substring(MINIMAL.indexOf("  prod:")).replace("prod:", "dev:")
                .replace("111111111111", "222222222222"));

        assertThat(fleet.deployments()).extracting(Deployment::cidr).containsExactly("10.0.0.0/16", "10.0.0.0/16");
    }

    @Test
    void accountSingletonsBelongToTheFirstEnvironmentUsingTheAccountAndRegion() {
        Fleet fleet = Fleets.load("""
                project: acme
                environments:
                  dev:
                    account: "111111111111"
                    regions:
                      eu-west-1: {cidr: 10.0.0.0/16}
                      us-east-1: {cidr: 10.1.0.0/16, primary: true}
                  test:
                    account: "111111111111"
                    regions:
                      us-east-1: {cidr: 10.0.0.0/16}
                      eu-west-1: {cidr: 10.1.0.0/16, primary: true}
                      ap-southeast-2: {cidr: 10.2.0.0/16}
                  prod:
                    account: "222222222222"
                    regions:
                      us-east-1: {cidr: 10.0.0.0/16, primary: true}
                """);

        assertThat(fleet.deployments()).extracting(Deployment::key, Deployment::ownsAccountRegionSingletons, Deployment::ownsAccountTrail)
                .containsExactly(
                        tuple("dev/eu-west-1", true, false),
                        tuple("dev/us-east-1", true, true),
                        tuple("test/us-east-1", false, false),
                        tuple("test/eu-west-1", false, false),
                        tuple("test/ap-southeast-2", true, false),
                        tuple("prod/us-east-1", true, true));
    }

    @Test
    void anEnvironmentWithoutTheSecurityComponentOwnsNoSingleton() {
        Fleet fleet = Fleets.load("""
                project: acme
                environments:
                  sandbox:
                    account: "111111111111"
                    components: [network, observability]
                    regions:
                      us-east-1: {cidr: 10.0.0.0/16, primary: true}
                  dev:
                    account: "111111111111"
                    regions:
                      eu-west-1: {cidr: 10.0.0.0/16, primary: true}
                      us-east-1: {cidr: 10.1.0.0/16}
                """);

        assertThat(fleet.deployments()).extracting(Deployment::key, Deployment::ownsAccountRegionSingletons, Deployment::ownsAccountTrail)
                .containsExactly(
                        tuple("sandbox/us-east-1", false, false),
                        tuple("dev/eu-west-1", true, true),
                        tuple("dev/us-east-1", true, false));
    }

    @Test
    void theEnvironmentsSettingsLeaveOutRegionOverrides() {
        Fleet fleet = Fleets.load(MINIMAL.replace("primary: true}", "primary: true, alarms: {latencyP99Ms: 250}}"));

        assertThat(fleet.environments().get(0).settings().alarms().latencyP99Ms()).isEqualTo(500);
        assertThat(fleet.deployments().get(0).settings().alarms().latencyP99Ms()).isEqualTo(250);
    }
}
