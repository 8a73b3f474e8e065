package dev.regionstack.fleet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.regionstack.fleet.Fleets.MINIMAL;
import static dev.regionstack.fleet.Fleets.rule;
import static org.assertj.core.api.Assertions.assertThat;

/** One case per region rule: region code, cidr, zones, keys. */
class RegionRulesTest {
    private static final String REGION_LINE = "      us-east-1: {cidr: 10.0.0.0/16, primary: true}";
    private static final String PREFIX_RULE = ": the prefix must be /16 (65,536 addresses) to /20 (4,096 addresses) "
            + "for a VPC over 3 zones with 3 subnet tiers; got /";

    private static String region(String line) {
        return MINIMAL.replace(REGION_LINE, line);
    }

    private static String cidr(String cidr) {
        return region("      us-east-1: {cidr: " + cidr + ", primary: true}");
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("region is a commercial region code", region("      us-est-1: {cidr: 10.0.0.0/16, primary: true}"),
                        "error: fleet.yaml:6:7: environments.prod.regions.us-est-1: `us-est-1` is not a commercial AWS region "
                                + "code; did you mean `us-east-1`?"),
                rule("GovCloud is not commercial", region("      us-gov-west-1: {cidr: 10.0.0.0/16, primary: true}"),
                        "error: fleet.yaml:6:7: environments.prod.regions.us-gov-west-1: `us-gov-west-1` is not a commercial AWS "
                                + "region; regionstack deploys to the commercial (aws) partition only"),
                rule("cidr is required", region("      us-east-1: {primary: true}"),
                        "error: fleet.yaml:6:7: environments.prod.regions.us-east-1.cidr: missing required key `cidr`: the VPC's "
                                + "private IPv4 range, e.g. 10.0.0.0/16"),
                rule("cidr is address/prefix", cidr("10.0.0.0"),
                        "error: fleet.yaml:6:25: environments.prod.regions.us-east-1.cidr: `10.0.0.0` is not an IPv4 CIDR block; "
                                + "write it as address/prefix, e.g. 10.0.0.0/16"),
                rule("cidr octets are 0 to 255", cidr("10.256.0.0/16"),
                        "error: fleet.yaml:6:25: environments.prod.regions.us-east-1.cidr: `10.256.0.0/16` is not an IPv4 CIDR "
                                + "block; write it as address/prefix, e.g. 10.0.0.0/16"),
                rule("cidr is a network address", cidr("10.0.1.0/16"),
                        "error: fleet.yaml:6:25: environments.prod.regions.us-east-1.cidr: `10.0.1.0/16` has host bits set; "
                                + "the network is 10.0.0.0/16: write that"),
                rule("cidr is private (RFC 1918)", cidr("8.8.0.0/16"),
                        "error: fleet.yaml:6:25: environments.prod.regions.us-east-1.cidr: `8.8.0.0/16` is not a private range; "
                                + "use one inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (RFC 1918)"),
                rule("cidr prefix at most /20", cidr("10.0.0.0/24"),
                        "error: fleet.yaml:6:25: environments.prod.regions.us-east-1.cidr: `10.0.0.0/24`" + PREFIX_RULE + "24; did you mean 10.0.0.0/20?"),
                rule("cidr prefix at least /16", cidr("172.16.0.0/12"),
                        "error: fleet.yaml:6:25: environments.prod.regions.us-east-1.cidr: `172.16.0.0/12`" + PREFIX_RULE + "12; did you mean 172.16.0.0/16?"),
                rule("cidr is a string", cidr("[10.0.0.0/16]"),
                        "error: fleet.yaml:6:25: environments.prod.regions.us-east-1.cidr: expected a string, got a list"),
                rule("zones: 2 or 3", region(REGION_LINE.replace("}", ", zones: [us-east-1a]}")),
                        "error: fleet.yaml:6:60: environments.prod.regions.us-east-1.zones: expected 2 or 3 availability zones, got 1"),
                rule("zones belong to the region", region(REGION_LINE.replace("}", ", zones: [us-east-1a, us-east-2b]}")),
                        "error: fleet.yaml:6:73: environments.prod.regions.us-east-1.zones[1]: `us-east-2b` is not a zone of "
                                + "us-east-1; a zone is the region code and a letter, e.g. us-east-1a"),
                rule("zones are distinct", region(REGION_LINE.replace("}", ", zones: [us-east-1a, us-east-1a]}")),
                        "error: fleet.yaml:6:73: environments.prod.regions.us-east-1.zones[1]: `us-east-1a` is listed twice "
                                + "(also at environments.prod.regions.us-east-1.zones[0]); each zone once"),
                rule("unknown region key gets a did-you-mean", region(REGION_LINE.replace("}", ", zone: [us-east-1a, us-east-1b]}")),
                        "error: fleet.yaml:6:53: environments.prod.regions.us-east-1.zone: unknown key `zone`; did you mean `zones`?"),
                rule("primary is a boolean", region(REGION_LINE) + "      us-east-2: {cidr: 10.1.0.0/16, primary: no}\n",
                        "error: fleet.yaml:7:47: environments.prod.regions.us-east-2.primary: expected true or false, got `no`; "
                                + "booleans are written true or false"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsTheRule(String rule, String yaml, String expected) {
        assertThat(Fleets.problems(yaml)).containsExactly(expected);
    }
}
