package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Dns;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.model.OwnTags;
import dev.regionstack.fleet.model.Routing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static dev.regionstack.fleet.Fleets.rule;
import static org.assertj.core.api.Assertions.assertThat;

/** An environment's own {@code tags} and {@code dns}, merged key by key over the top-level blocks. */
class EnvironmentTagsAndDnsTest {
    /** Three accounts, three zones, one routing policy each; the top-level block gives only the default routing. */
    static final String THREE_ZONES = """
            project: acme
            tags: {Environment: production, CostCenter: fintech}
            dns: {routing: latency}
            environments:
              dev:
                account: "111111111111"
                tags: {ManagedBy: regionstack, Team: dev-team}
                dns: {zoneName: dev.example.com, zoneId: ZDEV1111111111}
                regions:
                  eu-west-2: {cidr: 10.0.0.0/16, primary: true}
                  us-east-1: {cidr: 10.1.0.0/16}
              staging:
                account: "222222222222"
                dns: {zoneName: staging.example.com, zoneId: ZSTAGING222222, routing: failover, recordName: www}
                regions:
                  eu-west-2: {cidr: 10.0.0.0/16, primary: true}
                  eu-west-1: {cidr: 10.1.0.0/16}
              prod:
                account: "333333333333"
                dns: {zoneName: example.com, zoneId: ZPROD333333333, routing: geolocation}
                regions:
                  us-east-1: {cidr: 10.0.0.0/16, primary: true}
                  eu-west-2: {cidr: 10.1.0.0/16}
                  ap-southeast-2: {cidr: 10.2.0.0/16}
            """;

    private static Environment env(Fleet fleet, String name) { return fleet.environment(name).orElseThrow(); }

    @Test
    void eachEnvironmentHasItsOwnZoneRoutingAndRecordName() {
        Fleet fleet = Fleets.load(THREE_ZONES);

        assertThat(env(fleet, "dev").dns()).contains(new Dns("dev.example.com", "ZDEV1111111111", Routing.LATENCY, "dev"));
        assertThat(env(fleet, "staging").dns()).contains(new Dns("staging.example.com", "ZSTAGING222222", Routing.FAILOVER, "www"));
        assertThat(env(fleet, "prod").dns()).contains(new Dns("example.com", "ZPROD333333333", Routing.GEOLOCATION, "prod"));
        assertThat(env(fleet, "staging").dns().orElseThrow().routedName()).isEqualTo("www.staging.example.com");
    }

    @Test
    void anEnvironmentBlockMergesKeyByKeyOverTheTopLevelOne() {
        Fleet fleet = Fleets.load(Fleets.MINIMAL.replace("environments:", "dns: {zoneName: example.com, zoneId: Z1, recordName: api}\nenvironments:")
                .replace("    regions:", "    dns: {zoneId: Z2}\n    regions:"));

        assertThat(env(fleet, "prod").dns()).contains(new Dns("example.com", "Z2", Routing.FAILOVER, "api"));
    }

    @Test
    void anEnvironmentsTagsWinOverTheTopLevelOnesKeyByKey() {
        Fleet fleet = Fleets.load(THREE_ZONES);

        assertThat(env(fleet, "dev").tags()).containsExactly(Map.entry("ManagedBy", "regionstack"), Map.entry("Team", "dev-team"));
        assertThat(env(fleet, "dev").deployments()).allSatisfy(d -> assertThat(d.tags()).isEqualTo(
                Map.of("Environment", "production", "CostCenter", "fintech", "ManagedBy", "regionstack", "Team", "dev-team")));
        assertThat(env(fleet, "prod").primary().tags()).isEqualTo(Map.of("Environment", "production", "CostCenter", "fintech"));
        assertThat(OwnTags.of("acme", "dev", "eu-west-2", env(fleet, "dev").primary().tags())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Project", "acme", "Environment", "production", "Region", "eu-west-2", "ManagedBy", "regionstack",
                "CostCenter", "fintech", "Team", "dev-team"));
    }

    @Test
    void oneNoteSaysWhichOfRegionstacksTagsTheFileReplaces() {
        assertThat(OwnTags.replacedBy(Fleets.load(THREE_ZONES))).contains("the file's tags replace regionstack's own Environment "
                + "(tags.Environment) and ManagedBy (environments.dev.tags.ManagedBy) on the resources they cover");
        assertThat(OwnTags.replacedBy(Fleets.load(Fleets.MINIMAL))).isEmpty();
    }

    private static String withEnvironment(String lines) {
        return Fleets.MINIMAL.replace("    regions:", lines + "\n    regions:");
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("an environment's zone keys are required", withEnvironment("    dns: {zoneName: example.com}"),
                        "error: fleet.yaml:5:5: environments.prod.dns.zoneId: missing required key `zoneId`: the hosted zone's id, "
                                + "e.g. Z0123456789ABCDEFGHIJ (regionstack never looks it up) (the zone must be hosted in this "
                                + "environment's account)"),
                rule("neither block sets a zone key", Fleets.MINIMAL.replace("environments:", "dns: {routing: latency}\nenvironments:")
                                .replace("    regions:", "    dns: {zoneId: Z1}\n    regions:"),
                        "error: fleet.yaml:6:5: environments.prod.dns.zoneName: missing required key `zoneName`: the name of an "
                                + "existing public hosted zone, e.g. example.com; neither this block nor the top-level `dns` sets it "
                                + "(the zone must be hosted in this environment's account)"),
                rule("a partial top-level block with an environment without its own",
                        Fleets.MINIMAL.replace("environments:", "dns: {routing: latency}\nenvironments:"),
                        "error: fleet.yaml:2:1: dns.zoneName: missing required key `zoneName`: the name of an existing public "
                                + "hosted zone, e.g. example.com",
                        "error: fleet.yaml:2:1: dns.zoneId: missing required key `zoneId`: the hosted zone's id, e.g. "
                                + "Z0123456789ABCDEFGHIJ (regionstack never looks it up)"),
                rule("an environment's dns keys are checked where written", withEnvironment("    dns: {zoneName: example.com, zoneId: z1}"),
                        "error: fleet.yaml:5:42: environments.prod.dns.zoneId: `z1` is not valid: a Route 53 hosted zone id is Z "
                                + "followed by upper-case letters and digits, e.g. Z0123456789ABCDEFGHIJ"),
                rule("two environments cannot route one name in one zone", """
                        project: acme
                        dns: {zoneName: example.com, zoneId: Z1, recordName: api}
                        environments:
                          dev:
                            account: "111111111111"
                            regions: {us-east-1: {cidr: 10.0.0.0/16, primary: true}}
                          prod:
                            account: "222222222222"
                            regions: {us-east-1: {cidr: 10.0.0.0/16, primary: true}}
                        """,
                        "error: fleet.yaml:2:54: dns.recordName: environment `prod` would route api.example.com, which environment "
                                + "`dev` routes in the same zone; set a different recordName for one of them"),
                rule("geolocation is checked per environment", withEnvironment(
                                "    dns: {zoneName: example.com, zoneId: Z1, routing: geolocation}")
                                .replace("      us-east-1: {cidr: 10.0.0.0/16, primary: true}",
                                        "      us-east-1: {cidr: 10.0.0.0/16, primary: true}\n      us-east-2: {cidr: 10.1.0.0/16}"),
                        "error: fleet.yaml:8:7: environments.prod.regions.us-east-2: with environments.prod.dns.routing `geolocation` "
                                + "each region answers for its continent, and us-east-2 and us-east-1 are both in NA; use `latency` or "
                                + "`failover` routing, or regions on different continents"),
                rule("the dns component in an environment needs a block", withEnvironment(
                                "    components: [network, security, data, app, dns]"),
                        "error: fleet.yaml:5:48: environments.prod.components[4]: `dns` needs a `dns` block (zoneName and zoneId of "
                                + "an existing hosted zone) at the top level or in the environment; add one, or remove `dns` from the list"),
                rule("the dns component needs app or api", withEnvironment(
                                "    components: [network, security, data, dns]\n    dns: {zoneName: example.com, zoneId: Z1}"),
                        "error: fleet.yaml:5:43: environments.prod.components[3]: `dns` needs `app` or `api` (its records route to "
                                + "the load balancers, or without them to the API); add one to the list or remove `dns`"),
                rule("a region cannot set dns", Fleets.MINIMAL.replace("primary: true}", "primary: true, dns: {zoneId: Z1}}"),
                        "error: fleet.yaml:6:53: environments.prod.regions.us-east-1.dns: `dns` cannot be set here: it is set per "
                                + "environment or at the top level, not per region; move it to environments.prod.dns"),
                rule("defaults cannot set tags", Fleets.MINIMAL.replace("environments:", "defaults: {tags: {Team: a}}\nenvironments:"),
                        "error: fleet.yaml:2:12: defaults.tags: `tags` cannot be set here: it is set at the top level (every "
                                + "environment inherits it) or in an environment (environments.<name>.tags), not in defaults"),
                rule("a long recordName names the key to shorten", withEnvironment(
                                "    dns: {zoneName: example.com, zoneId: Z1, recordName: " + "r".repeat(50) + "}"),
                        "error: fleet.yaml:3:3: environments.prod: in us-east-1, the regional certificate's domain would be named "
                                + "us-east-1." + "r".repeat(50) + ".example.com, and it is 72 characters, 8 over ACM's 64: shorten "
                                + "`environments.prod.dns.recordName` or `environments.prod.dns.zoneName` by at least 8 characters",
                        "error: fleet.yaml:3:3: environments.prod: the CloudFront certificate's domain would be named cdn."
                                + "r".repeat(50) + ".example.com, and it is 66 characters, 2 over ACM's 64: shorten "
                                + "`environments.prod.dns.recordName` or `environments.prod.dns.zoneName` by at least 2 characters"),
                rule("an environment's tags count with the top-level ones and regionstack's",
                        Fleets.MINIMAL.replace("environments:", "tags: {" + IntStream.rangeClosed(1, 40).mapToObj(i -> "T" + i + ": v")
                                        .collect(Collectors.joining(", ")) + "}\nenvironments:")
                                .replace("    regions:", "    tags: {" + IntStream.rangeClosed(41, 47).mapToObj(i -> "T" + i + ": v")
                                        .collect(Collectors.joining(", ")) + "}\n    regions:"),
                        "error: fleet.yaml:6:5: environments.prod.tags: the top-level tags and these make 51 tags on every resource "
                                + "with regionstack's own Project, Environment, Region, ManagedBy, and AWS allows 50 per resource; remove "
                                + "1 tag (setting one of regionstack's own keys replaces its value and counts once)"),
                rule("an environment's tag key differs from a top-level one only in case",
                        Fleets.MINIMAL.replace("environments:", "tags: {Team: a}\nenvironments:")
                                .replace("    regions:", "    tags: {team: b}\n    regions:"),
                        "error: fleet.yaml:6:5: environments.prod.tags.team: `team` differs from the top-level tag `Team` only in "
                                + "case, and IAM refuses tag keys that differ only in case on one resource; write `Team` to replace its "
                                + "value here, or choose another key"));
    }

    private static Arguments rule(String rule, String yaml, String... expected) {
        return Arguments.of(rule, yaml, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsTheRule(String rule, String yaml, String[] expected) {
        assertThat(Fleets.problems(yaml)).containsExactly(expected);
    }

    @Test
    void anEnvironmentWithItsOwnBlockGetsTheDnsComponentByDefault() {
        Fleet fleet = Fleets.load(withEnvironment("    dns: {zoneName: example.com, zoneId: Z1}"));

        assertThat(env(fleet, "prod").settings().has(dev.regionstack.fleet.model.Component.DNS)).isTrue();
        assertThat(env(fleet, "prod").dns()).map(Dns::routedName).contains("prod.example.com");
    }

    @Test
    void withoutTheDnsComponentAnEnvironmentHasNoDns() {
        Fleet fleet = Fleets.load(withEnvironment("    components: [network, security, data, app]\n"
                + "    dns: {zoneName: example.com, zoneId: Z1}"));

        assertThat(env(fleet, "prod").dns()).isEqualTo(Optional.empty());
    }
}
