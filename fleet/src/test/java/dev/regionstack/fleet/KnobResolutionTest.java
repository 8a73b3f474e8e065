package dev.regionstack.fleet;

import dev.regionstack.fleet.model.AuroraSettings;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.model.NatGateways;
import dev.regionstack.fleet.model.Settings;
import dev.regionstack.fleet.model.StreamCapacity;
import dev.regionstack.fleet.model.Throttle;
import dev.regionstack.fleet.model.UsagePlan;
import dev.regionstack.fleet.model.UsagePlanLimits;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The knobs resolve defaults, then environment, then region, over the sizing preset. */
class KnobResolutionTest {
    private static final String FLEET = """
            project: acme
            defaults:
              data: {aurora: {version: "15.4", backupRetentionDays: 7}}
              api: {plans: {basic: {rateLimit: 5, quotaPerMonth: 5000}}}
              logs: {retentionDays: 90}
              resilience: {rtoMinutes: 15}
            environments:
              dev:
                account: "111111111111"
                regions:
                  eu-west-2: {cidr: 10.0.0.0/16, primary: true}
                  eu-west-1: {cidr: 10.1.0.0/16}
              prod:
                account: "222222222222"
                sizing: large
                data: {aurora: {performanceInsights: false}}
                network: {natGateways: one}
                api: {throttle: {rateLimit: 800}, plans: {basic: {burstLimit: 8}}}
                notifications: {sender: credits@example.com}
                messaging: {stream: {shards: 2}}
                resilience: {rtoMinutes: 3}
                regions:
                  us-east-1: {cidr: 10.20.0.0/16, primary: true}
                  us-east-2:
                    cidr: 10.21.0.0/16
                    data: {aurora: {instanceClass: db.r6g.large, readers: 2}}
                    network: {natGateways: perZone}
                    logs: {retentionDays: 365}
            """;

    private final Fleet fleet = Fleets.load(FLEET);

    private Settings settings(String env, String region) {
        return fleet.environment(env).orElseThrow().deployments().stream().filter(d -> d.region().equals(region))
                .findFirst().orElseThrow().settings();
    }

    @Test
    void aSmallEnvironmentGetsThePresetWhereTheFileIsSilent() {
        AuroraSettings primary = settings("dev", "eu-west-2").data().aurora().orElseThrow();
        assertThat(primary).isEqualTo(new AuroraSettings(dev.regionstack.fleet.model.AuroraEngine.POSTGRES, "15.4", "db.t4g.medium",
                7, false, 0));
        assertThat(settings("dev", "eu-west-1").data().aurora().orElseThrow().readers()).isEqualTo(1);
        assertThat(settings("dev", "eu-west-2").knobs().natGateways()).isEqualTo(NatGateways.ONE);
        assertThat(settings("dev", "eu-west-2").knobs().stream()).isEqualTo(new StreamCapacity.Provisioned(1));
        assertThat(settings("dev", "eu-west-2").knobs().sender()).isEmpty();
        assertThat(settings("dev", "eu-west-2").knobs().rtoMinutes()).isEqualTo(15);
        assertThat(Fleets.load("""
                project: acme
                environments:
                  dev:
                    account: "111111111111"
                    regions: {eu-west-2: {cidr: 10.0.0.0/16, primary: true}}
                """).environments().get(0).settings().knobs().rtoMinutes()).isEqualTo(5);
    }

    @Test
    void anEnvironmentOverridesThePresetAndTheDefaults() {
        Settings prod = settings("prod", "us-east-1");
        assertThat(prod.data().aurora().orElseThrow()).isEqualTo(new AuroraSettings(dev.regionstack.fleet.model.AuroraEngine.POSTGRES,
                "15.4", "db.r6g.xlarge", 7, false, 1));
        assertThat(prod.knobs().natGateways()).isEqualTo(NatGateways.ONE);
        assertThat(prod.knobs().logRetentionDays()).isEqualTo(90);
        assertThat(prod.knobs().sender()).isEqualTo(Optional.of("credits@example.com"));
        assertThat(prod.knobs().stream()).isEqualTo(new StreamCapacity.Provisioned(2));
        assertThat(prod.knobs().api().throttle()).isEqualTo(new Throttle(800, 1000));
        assertThat(prod.knobs().rtoMinutes()).isEqualTo(3);
    }

    @Test
    void aPlanMergesKeyByKey() {
        assertThat(settings("prod", "us-east-1").knobs().api().plans().get(UsagePlan.BASIC)).isEqualTo(new UsagePlanLimits(5, 8, 5000));
        assertThat(settings("prod", "us-east-1").knobs().api().plans().get(UsagePlan.PREMIUM)).isEqualTo(UsagePlan.PREMIUM.defaults());
    }

    @Test
    void aRegionOverridesItsOwnClusterNetworkAndLogs() {
        Settings east2 = settings("prod", "us-east-2");
        assertThat(east2.data().aurora().orElseThrow().instanceClass()).isEqualTo("db.r6g.large");
        assertThat(east2.data().aurora().orElseThrow().readers()).isEqualTo(2);
        assertThat(east2.data().aurora().orElseThrow().instances(false)).isEqualTo(2);
        assertThat(east2.knobs().natGateways()).isEqualTo(NatGateways.PER_ZONE);
        assertThat(east2.knobs().logRetentionDays()).isEqualTo(365);
        assertThat(fleet.environment("prod").orElseThrow().settings().knobs().logRetentionDays()).isEqualTo(90);
    }
}
