package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static dev.regionstack.fleet.Fleets.MINIMAL;
import static dev.regionstack.fleet.Fleets.rule;
import static org.assertj.core.api.Assertions.assertThat;

/** One case per rule of the top-level {@code tags} and {@code dns} blocks (written on lines 2 and 3). */
class TagsAndDnsRulesTest {
    private static final String VALUE_RULE = "0 to 256 letters, digits, spaces and _ . : / = + - @";
    private static final String KEY_RULE = "1 to 128 letters, digits, spaces and _ . : / = + - @";

    private static String tags(String line) {
        return MINIMAL.replace("environments:", "tags:\n" + line + "\nenvironments:");
    }

    private static String dns(String lines) {
        return MINIMAL.replace("environments:", "dns:\n" + lines + "\nenvironments:");
    }

    static Stream<Arguments> tags() {
        return Stream.of(
                rule("tag keys may not start with aws:", tags("  AWS:team: x"),
                        "error: fleet.yaml:3:3: tags.AWS:team: tag keys starting with `aws:` are reserved by AWS; choose another key"),
                rule("a key that differs from regionstack's own only in case", tags("  environment: x"),
                        "error: fleet.yaml:3:3: tags.environment: `environment` differs from `Environment` only in case (one of "
                                + "regionstack's own tags), and IAM refuses tag keys that differ only in case on one resource; write "
                                + "`Environment` to set that tag, or choose another key"),
                rule("keys that differ only in case", tags("  Team: a\n  team: b"),
                        "error: fleet.yaml:4:3: tags.team: `team` differs from `Team` only in case, and IAM refuses tag keys that "
                                + "differ only in case on one resource; write `Team` to set that tag, or choose another key"),
                rule("tag keys use AWS's characters", tags("  \"Cost#Center\": x"),
                        "error: fleet.yaml:3:3: tags.Cost#Center: `Cost#Center` is not a valid tag key: " + KEY_RULE),
                rule("tag keys are at most 128 characters", tags("  " + "K".repeat(129) + ": x"),
                        "error: fleet.yaml:3:3: tags." + "K".repeat(60) + "…: `" + "K".repeat(60) + "…` (129 characters) is not a valid tag key: "
                                + KEY_RULE),
                rule("tag values are strings", tags("  CostCenter: 1234"),
                        "error: fleet.yaml:3:15: tags.CostCenter: expected a string, got the number 1234; quote it: \"1234\""),
                rule("tag values use AWS's characters", tags("  CostCenter: \"a;b\""),
                        "error: fleet.yaml:3:15: tags.CostCenter: \"a;b\" is not a valid tag value: " + VALUE_RULE),
                rule("tag values are at most 256 characters", tags("  CostCenter: " + "v".repeat(257)),
                        "error: fleet.yaml:3:15: tags.CostCenter: \"" + "v".repeat(60) + "…\" is not a valid tag value: " + VALUE_RULE),
                rule("tag values are written", tags("  CostCenter:"),
                        "error: fleet.yaml:3:14: tags.CostCenter: the tag has no value; write \"\" for an empty value"),
                rule("tag keys are unique", tags("  Team: a\n  Team: b"),
                        "error: fleet.yaml:4:3: tags.Team: duplicate key `Team` (first set at line 3); keep one of them"),
                rule("at most 50 tags counting regionstack's own", tags(IntStream.rangeClosed(1, 47).mapToObj(i -> "  T" + i + ": v").collect(Collectors.joining("\n"))),
                        "error: fleet.yaml:2:1: tags: the top-level tags make 51 tags on every resource with regionstack's own "
                                + "Project, Environment, Region, ManagedBy, and AWS allows 50 per resource; remove 1 tag (setting one "
                                + "of regionstack's own keys replaces its value and counts once)"));
    }

    static Stream<Arguments> dns() {
        return Stream.of(
                rule("zoneId is required", dns("  zoneName: example.com"),
                        "error: fleet.yaml:2:1: dns.zoneId: missing required key `zoneId`: the hosted zone's id, e.g. "
                                + "Z0123456789ABCDEFGHIJ (regionstack never looks it up)"),
                rule("zoneName is required", dns("  zoneId: Z0123456789ABCDEFGHIJ"),
                        "error: fleet.yaml:2:1: dns.zoneName: missing required key `zoneName`: the name of an existing public "
                                + "hosted zone, e.g. example.com"),
                rule("zoneName is a DNS name", dns("  zoneName: example.com.\n  zoneId: Z0123456789ABCDEFGHIJ"),
                        "error: fleet.yaml:3:13: dns.zoneName: `example.com.` is not valid: expected a lower-case DNS name such as "
                                + "example.com, without a trailing dot"),
                rule("zoneId is a hosted zone id", dns("  zoneName: example.com\n  zoneId: z123"),
                        "error: fleet.yaml:4:11: dns.zoneId: `z123` is not valid: a Route 53 hosted zone id is Z followed by "
                                + "upper-case letters and digits, e.g. Z0123456789ABCDEFGHIJ"),
                rule("routing is failover, latency or geolocation", dns("  zoneName: example.com\n  zoneId: Z1\n  routing: weighted"),
                        "error: fleet.yaml:5:12: dns.routing: `weighted` is not one of failover | latency | geolocation"),
                rule("recordName is one DNS label", dns("  zoneName: example.com\n  zoneId: Z1\n  recordName: api.eu"),
                        "error: fleet.yaml:5:15: dns.recordName: `api.eu` is not valid: the routed record's label is one lower-case "
                                + "DNS label (letters, digits and hyphens, at most 63, not starting or ending with a hyphen), e.g. api; "
                                + "the record is <recordName>.<zoneName>"),
                rule("dns keys are known", dns("  zoneName: example.com\n  zoneId: Z1\n  recordname: api"),
                        "error: fleet.yaml:5:3: dns.recordname: unknown key `recordname`; did you mean `recordName`?"),
                rule("dns is a map", MINIMAL.replace("environments:", "dns: example.com\nenvironments:"),
                        "error: fleet.yaml:2:6: dns: expected a map (zoneName: example.com, zoneId: Z0123456789ABCDEFGHIJ), "
                                + "got `example.com`"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"tags", "dns"})
    void reportsTheRule(String rule, String yaml, String expected) {
        assertThat(Fleets.problems(yaml)).containsExactly(expected);
    }

    @Test
    void fortySixTagsOfTheFilesOwnAreAllowed() {
        String yaml = tags(IntStream.rangeClosed(1, 46).mapToObj(i -> "  T" + i + ": v").collect(Collectors.joining("\n")));

        assertThat(Fleets.load(yaml).tags()).hasSize(46).containsEntry("T46", "v");
    }

    @Test
    void regionstacksOwnKeysCountOnceWhenTheFileSetsThem() {
        // 46 keys of the file's own and all four of regionstack's: 50 on every resource
        String yaml = tags(IntStream.rangeClosed(1, 46).mapToObj(i -> "  T" + i + ": v").collect(Collectors.joining("\n"))
                + "\n  Project: p\n  Environment: e\n  Region: r\n  ManagedBy: m");

        assertThat(Fleets.load(yaml).tags()).hasSize(50).containsEntry("ManagedBy", "m");
    }

    @Test
    void regionstacksOwnKeysAreValidWishes() {
        Fleet fleet = Fleets.load(tags("  Environment: production\n  ManagedBy: regionstack"));

        assertThat(fleet.tags()).containsExactly(Map.entry("Environment", "production"), Map.entry("ManagedBy", "regionstack"));
        assertThat(fleet.deployments().get(0).tags()).containsEntry("Environment", "production");
    }
}
