package dev.regionstack.app.resilience;

import dev.regionstack.app.TestFleets;
import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResilienceAssessmentTest {
    static final Fleet EXAMPLE = TestFleets.example();

    private static EnvironmentResilience of(Fleet fleet, String env) {
        return ResilienceAssessment.of(fleet, fleet.environment(env).orElseThrow());
    }

    @Test
    void theExampleProdStatesEveryStoreAndMeetsFiveMinutes() {
        EnvironmentResilience prod = of(EXAMPLE, "prod");
        assertThat(prod.regions()).containsExactly("us-east-1", "us-east-2", "us-west-2");
        assertThat(prod.approach()).isEqualTo("activePassive");
        assertThat(prod.rtoMinutes()).isEqualTo(5);
        assertThat(prod.objectives()).extracting(o -> o.store() + " / " + o.event() + " / " + o.rpo()).containsExactly(
                "DynamoDB global table acme-prod-main / region loss / 0",
                "Aurora global database acme-prod-aurora / planned switchover / 0",
                "Aurora global database acme-prod-aurora / region loss / the replication lag when the region failed, typically under 1 s",
                "S3 data bucket replication from us-east-1 / region loss / objects written in the last 15 min may be missing"
                        + " (Replication Time Control: 99.99 % within 15 minutes)",
                "Route53 records (failover) / region loss / -",
                "credits service / region loss / 0");
        assertThat(prod.objectives()).filteredOn(o -> o.store().startsWith("Route53")).singleElement()
                .satisfies(o -> assertThat(o.rto()).startsWith("about 150 s: 3 failed health checks 30 s apart"));
        assertThat(prod.flags()).isEmpty();
    }

    @Test
    void theExampleDevIsEventualWithoutReplicationTimeControl() {
        EnvironmentResilience dev = of(EXAMPLE, "dev");
        assertThat(dev.objectives()).filteredOn(o -> o.store().startsWith("DynamoDB")).singleElement()
                .satisfies(o -> assertThat(o.rpo()).startsWith("writes the lost region had not replicated yet"));
        assertThat(dev.objectives()).filteredOn(o -> o.store().startsWith("S3")).singleElement()
                .satisfies(o -> assertThat(o.rpo()).startsWith("no bound"));
        assertThat(dev.objectives()).filteredOn(o -> o.store().equals("credits service")).singleElement()
                .satisfies(o -> assertThat(o.rto()).startsWith("organisations homed in the lost region are refused"));
    }

    @Test
    void configurationsThatCannotMeetTheObjectiveAreFlagged() {
        Fleet fleet = TestFleets.parse("""
                project: acme
                defaults: {components: [network, security, data, app]}
                environments:
                  solo:
                    account: "111111111111"
                    regions: {eu-west-2: {cidr: 10.0.0.0/16, primary: true}}
                  pair:
                    account: "222222222222"
                    app: {minTasks: 4, maxTasks: 8}
                    regions:
                      eu-west-2: {cidr: 10.0.0.0/16, primary: true}
                      eu-west-1: {cidr: 10.1.0.0/16, app: {minTasks: 1, maxTasks: 3}}
                """);
        assertThat(of(fleet, "solo").flags()).containsExactly(
                "one region (eu-west-2): losing it loses the environment, and no other region can take over");
        assertThat(of(fleet, "pair").flags()).containsExactly(
                "no dns and no edge: clients call each region's own load balancer, so moving them to another region is by hand",
                "the service in eu-west-1 scales to 3 tasks, fewer than the 4 the primary runs at its least: it cannot take the primary's load");
        assertThat(of(fleet, "pair").approach()).isEqualTo("activePassive");   // Aurora: one writer
    }

    @Test
    void withoutAuroraAndWithLatencyRoutingEveryRegionServes() {
        Fleet fleet = TestFleets.parse(TestFleets.ACTIVE_ACTIVE);
        EnvironmentResilience prod = of(fleet, "prod");
        assertThat(prod.approach()).isEqualTo("activeActive");
        assertThat(prod.objectives()).extracting(RecoveryObjective::store).noneMatch(s -> s.startsWith("Aurora"));
        assertThat(prod.flags()).isEmpty();
    }

    @Test
    void theFilesObjectiveIsTheOneChecked() {
        Fleet fleet = TestFleets.parse("""
                project: acme
                dns: {zoneName: example.com, zoneId: Z0123456789ABCDEFGHIJ}
                defaults: {components: [network, security, data, app, dns], resilience: {rtoMinutes: 2}}
                environments:
                  prod:
                    account: "111111111111"
                    regions:
                      eu-west-2: {cidr: 10.0.0.0/16, primary: true}
                      eu-west-1: {cidr: 10.1.0.0/16}
                """);
        EnvironmentResilience prod = of(fleet, "prod");
        assertThat(prod.rtoMinutes()).isEqualTo(2);
        assertThat(prod.flags()).containsExactly("DNS moves clients in about 150 s, over the 2-minute objective");
    }
}
