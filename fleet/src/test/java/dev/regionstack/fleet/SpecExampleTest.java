package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Approval;
import dev.regionstack.fleet.model.AppSettings;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Dns;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.model.Routing;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.fleet.model.Waf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The example fleet of the spec (fleet-file.md, copied verbatim) has no problems and resolves as the spec says. */
class SpecExampleTest {
    private static final Path EXAMPLE = Path.of("src/test/resources/fleets/spec-example.yaml");
    private static Fleet fleet;

    @BeforeAll
    static void load() {
        LoadResult result = FleetLoader.load(EXAMPLE);
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        fleet = ((LoadResult.Loaded) result).fleet();
    }

    private static Deployment deployment(String env, String region) {
        return fleet.environment(env).orElseThrow().deployments().stream()
                .filter(d -> d.region().equals(region)).findFirst().orElseThrow();
    }

    @Test
    void hasTheProjectTagsAndDns() {
        assertThat(fleet.project()).isEqualTo("acme");
        assertThat(fleet.tags()).isEqualTo(Map.of("CostCenter", "fintech-ops"));
        assertThat(fleet.environments()).allSatisfy(e -> assertThat(e.dns())
                .contains(new Dns("example.com", "Z0123456789ABCDEFGHIJ", Routing.FAILOVER, e.name())));
    }

    @Test
    void environmentsAreInFileOrderWithTheirAccountsAndRegions() {
        assertThat(fleet.environments()).extracting(Environment::name, Environment::account, Environment::approval).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dev", "111111111111", Approval.AUTO),
                org.assertj.core.groups.Tuple.tuple("prod", "333333333333", Approval.MANUAL));
        assertThat(fleet.environment("dev").orElseThrow().regions()).containsExactly("eu-west-2", "ap-southeast-2");
        assertThat(fleet.environment("prod").orElseThrow().primary().region()).isEqualTo("us-east-1");
    }

    @Test
    void environmentSizingOverridesTheDefault() {
        assertThat(fleet.environment("dev").orElseThrow().settings().sizing()).isEqualTo(Sizing.SMALL);
        assertThat(deployment("prod", "us-east-2").settings().sizing()).isEqualTo(Sizing.LARGE);
    }

    @Test
    void prodUsEast2OverridesBlockedCountriesAndKeepsTheDefaultRateLimit() {
        assertThat(deployment("prod", "us-east-2").settings().waf()).isEqualTo(new Waf(List.of("CN", "RU", "KP", "IR"), 2000));
        assertThat(deployment("prod", "us-east-1").settings().waf()).isEqualTo(new Waf(List.of("CN", "RU", "KP"), 2000));
        assertThat(fleet.environment("prod").orElseThrow().settings().waf()).isEqualTo(new Waf(List.of("KP"), 2000));
    }

    @Test
    void prodUsEast2OverridesLatencyAndKeepsTheDefaultEmail() {
        assertThat(deployment("prod", "us-east-2").settings().alarms().latencyP99Ms()).isEqualTo(300);
        assertThat(deployment("prod", "us-east-2").settings().alarms().email()).contains("alerts@example.com");
    }

    @Test
    void prodInheritsTheDefaultApp() {
        assertThat(deployment("prod", "us-east-1").settings().app())
                .isEqualTo(new AppSettings("public.ecr.aws/nginx/nginx:stable", 80, "/", 512, 1024, 2, 10));
    }

    @Test
    void componentsAreTheDefaultsListInDeclarationOrder() {
        assertThat(deployment("dev", "eu-west-2").settings().components()).containsExactlyElementsOf(Component.DEFAULTS);
    }

    @Test
    void zonesAndPeersAreResolved() {
        Deployment east1 = deployment("prod", "us-east-1");
        assertThat(east1.zones()).containsExactly("us-east-1a", "us-east-1b", "us-east-1c");
        assertThat(east1.cidr()).isEqualTo("10.20.0.0/16");
        assertThat(east1.peerCidrs()).containsExactly(Map.entry("us-east-2", "10.21.0.0/16"));
        assertThat(deployment("dev", "ap-southeast-2").zones()).containsExactly("ap-southeast-2a", "ap-southeast-2b", "ap-southeast-2c");
    }

    @Test
    void eachAccountsFirstEnvironmentOwnsItsSingletonsAndTrail() {
        assertThat(fleet.deployments()).extracting(Deployment::key, Deployment::ownsAccountRegionSingletons, Deployment::ownsAccountTrail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("dev/eu-west-2", true, true),
                        org.assertj.core.groups.Tuple.tuple("dev/ap-southeast-2", true, false),
                        org.assertj.core.groups.Tuple.tuple("prod/us-east-1", true, true),
                        org.assertj.core.groups.Tuple.tuple("prod/us-east-2", true, false));
    }

    @Test
    void dataIsTheDefaultPostgresAndEventual() {
        assertThat(deployment("dev", "eu-west-2").settings().data().aurora().map(dev.regionstack.fleet.model.AuroraSettings::engine))
                .isEqualTo(Optional.of(dev.regionstack.fleet.model.AuroraEngine.POSTGRES));
        assertThat(deployment("dev", "eu-west-2").settings().data().consistency()).isEqualTo(dev.regionstack.fleet.model.Consistency.EVENTUAL);
    }
}
