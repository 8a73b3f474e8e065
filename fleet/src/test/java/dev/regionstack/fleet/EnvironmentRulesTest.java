package dev.regionstack.fleet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.regionstack.fleet.Fleets.MINIMAL;
import static dev.regionstack.fleet.Fleets.rule;
import static org.assertj.core.api.Assertions.assertThat;

/** One case per environment rule: name, account, approval, regions, primary, CIDR overlap, consistency, geolocation. */
class EnvironmentRulesTest {
    private static final String STRONG_SETS = "(US: us-east-1, us-east-2, us-west-2; EU: eu-central-1, eu-west-1, eu-west-2, "
            + "eu-west-3; AP: ap-northeast-1, ap-northeast-2, ap-northeast-3)";

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("environment name matches ^[a-z][a-z0-9]{1,9}$", MINIMAL.replace("  prod:", "  Prod:"),
                        "error: fleet.yaml:3:3: environments.Prod: `Prod` is not a valid environment name: 2 to 10 lower-case "
                                + "letters and digits, starting with a letter (it is part of every stack and resource name), e.g. prod"),
                rule("environment is a map", "project: acme\nenvironments:\n  prod: [a]\n",
                        "error: fleet.yaml:3:9: environments.prod: expected a map (account: \"111111111111\", regions: {...}), got a list"),
                rule("account is required", MINIMAL.replace("    account: \"111111111111\"\n", ""),
                        "error: fleet.yaml:3:3: environments.prod.account: missing required key `account`: the environment's "
                                + "12-digit AWS account id, quoted: \"111111111111\""),
                rule("account is 12 digits", MINIMAL.replace("\"111111111111\"", "\"12345\""),
                        "error: fleet.yaml:4:14: environments.prod.account: `12345` is not valid: an AWS account id is exactly "
                                + "12 digits, quoted: \"111111111111\""),
                rule("account must be quoted", MINIMAL.replace("\"111111111111\"", "111111111111"),
                        "error: fleet.yaml:4:14: environments.prod.account: expected a string, got the number 111111111111; "
                                + "quote it: \"111111111111\""),
                rule("approval is manual or auto", MINIMAL.replace("    regions:", "    approval: manul\n    regions:"),
                        "error: fleet.yaml:5:15: environments.prod.approval: `manul` is not one of auto | manual; did you mean `manual`?"),
                rule("sizing is small, medium or large", MINIMAL.replace("    regions:", "    sizing: huge\n    regions:"),
                        "error: fleet.yaml:5:13: environments.prod.sizing: `huge` is not one of small | medium | large"),
                rule("unknown environment key gets a did-you-mean", MINIMAL.replace("    regions:", "    sizng: large\n    regions:"),
                        "error: fleet.yaml:5:5: environments.prod.sizng: unknown key `sizng`; did you mean `sizing`?"),
                rule("regions is required", "project: acme\nenvironments:\n  prod:\n    account: \"111111111111\"\n",
                        "error: fleet.yaml:3:3: environments.prod.regions: missing required key `regions`: at least one region, "
                                + "e.g. us-east-1: {cidr: 10.0.0.0/16, primary: true}"),
                rule("at least one region", "project: acme\nenvironments:\n  prod:\n    account: \"111111111111\"\n    regions: {}\n",
                        "error: fleet.yaml:5:5: environments.prod.regions: an environment needs at least one region, "
                                + "e.g. us-east-1: {cidr: 10.0.0.0/16, primary: true}"),
                rule("one primary region: none is an error", MINIMAL.replace(", primary: true}", "}\n      us-east-2: {cidr: 10.1.0.0/16}"),
                        "error: fleet.yaml:5:5: environments.prod.regions: no region of `prod` is primary; set `primary: true` "
                                + "on exactly one of us-east-1, us-east-2"),
                rule("one primary region: two is an error", MINIMAL + "      us-east-2: {cidr: 10.1.0.0/16, primary: true}\n",
                        "error: fleet.yaml:7:47: environments.prod.regions.us-east-2.primary: `us-east-1` is already the primary "
                                + "region of `prod`; an environment has exactly one primary region: keep `primary: true` on one region only"),
                rule("CIDRs of one environment do not overlap", MINIMAL + "      us-east-2: {cidr: 10.0.128.0/17}\n",
                        "error: fleet.yaml:7:25: environments.prod.regions.us-east-2.cidr: `10.0.128.0/17` overlaps `10.0.0.0/16` "
                                + "of region us-east-1 in the same environment; the environment's VPCs are peered, so choose a range "
                                + "that overlaps no other region of `prod`"),
                rule("strong consistency needs 3 regions", """
                                project: acme
                                environments:
                                  prod:
                                    account: "111111111111"
                                    data: {globalTable: {consistency: strong}}
                                    regions:
                                      us-east-1: {cidr: 10.0.0.0/16, primary: true}
                                      us-east-2: {cidr: 10.1.0.0/16}
                                """,
                        "error: fleet.yaml:5:39: environments.prod.data.globalTable.consistency: `strong` consistency needs exactly "
                                + "3 regions of one multi-Region strong consistency set " + STRONG_SETS + "; environment `prod` has "
                                + "us-east-1, us-east-2; use `eventual`, or change the environment's regions"),
                rule("strong consistency needs one region set", """
                                project: acme
                                defaults:
                                  data: {globalTable: {consistency: strong}}
                                environments:
                                  prod:
                                    account: "111111111111"
                                    regions:
                                      us-east-1: {cidr: 10.0.0.0/16, primary: true}
                                      us-east-2: {cidr: 10.1.0.0/16}
                                      eu-west-1: {cidr: 10.2.0.0/16}
                                """,
                        "error: fleet.yaml:3:37: defaults.data.globalTable.consistency: `strong` consistency needs exactly "
                                + "3 regions of one multi-Region strong consistency set " + STRONG_SETS + "; environment `prod` has "
                                + "us-east-1, us-east-2, eu-west-1; use `eventual`, or change the environment's regions"),
                rule("app cpu and memory are checked after inheritance", """
                                project: acme
                                defaults:
                                  app: {memoryMiB: 1024}
                                environments:
                                  prod:
                                    account: "111111111111"
                                    app: {cpu: 4096}
                                    regions:
                                      us-east-1: {cidr: 10.0.0.0/16, primary: true}
                                """,
                        "error: fleet.yaml:7:16: environments.prod.app.cpu: cpu 4096 does not fit memoryMiB 1024 (set at "
                                + "defaults.app.memoryMiB): with that cpu Fargate allows memoryMiB 8192 to 30720 in steps of 1024; "
                                + "change one of them"),
                rule("a region's maxTasks is checked against the inherited minTasks",
                        MINIMAL.replace("primary: true}", "primary: true, app: {maxTasks: 1}}"),
                        "error: fleet.yaml:6:69: environments.prod.regions.us-east-1.app.maxTasks: maxTasks 1 is less than "
                                + "minTasks 2 (the default); raise maxTasks or lower minTasks"),
                rule("geolocation routing needs one region per continent", """
                                project: acme
                                dns: {zoneName: example.com, zoneId: Z123, routing: geolocation}
                                environments:
                                  prod:
                                    account: "111111111111"
                                    regions:
                                      us-east-1: {cidr: 10.0.0.0/16, primary: true}
                                      us-east-2: {cidr: 10.1.0.0/16}
                                """,
                        "error: fleet.yaml:8:7: environments.prod.regions.us-east-2: with dns.routing `geolocation` each region "
                                + "answers for its continent, and us-east-2 and us-east-1 are both in NA; use `latency` or `failover` "
                                + "routing, or regions on different continents"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsTheRule(String rule, String yaml, String expected) {
        assertThat(Fleets.problems(yaml)).containsExactly(expected);
    }
}
