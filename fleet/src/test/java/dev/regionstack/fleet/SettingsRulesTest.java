package dev.regionstack.fleet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.regionstack.fleet.Fleets.rule;
import static org.assertj.core.api.Assertions.assertThat;

/** One case per rule of the inheritable settings: components, waf, alarms, app, data (written under defaults at line 3). */
class SettingsRulesTest {

    /** A valid fleet whose {@code defaults} block starts with {@code line}, on line 3. */
    private static String defaults(String line) {
        return "project: acme\ndefaults:\n" + line + """

                environments:
                  prod:
                    account: "111111111111"
                    regions:
                      us-east-1: {cidr: 10.0.0.0/16, primary: true}
                """;
    }

    static Stream<Arguments> components() {
        return Stream.of(
                rule("components are known", defaults("  components: [network, securty]"),
                        "error: fleet.yaml:3:25: defaults.components[1]: unknown component `securty`; did you mean `security`?"),
                rule("components are listed once", defaults("  components: [network, network]"),
                        "error: fleet.yaml:3:25: defaults.components[1]: `network` is listed twice (also at defaults.components[0]); remove one"),
                rule("components have what they need", defaults("  components: [network, data]"),
                        "error: fleet.yaml:3:25: defaults.components[1]: `data` needs `security`; add it to the list or remove `data`"),
                rule("the dns component needs the dns block", defaults("  components: [network, security, data, app, dns]"),
                        "error: fleet.yaml:3:46: defaults.components[4]: `dns` needs a `dns` block (zoneName and zoneId "
                                + "of an existing hosted zone) at the top level or in every environment; add one, or remove `dns` from the list"),
                rule("components are not empty", defaults("  components: []"),
                        "error: fleet.yaml:3:15: defaults.components: the list is empty; name at least one component, e.g. [network]"),
                rule("components are a list", defaults("  components: network"),
                        "error: fleet.yaml:3:15: defaults.components: expected a list, got `network`; write it as a list: "
                                + "[network, security, data, app]"));
    }

    static Stream<Arguments> waf() {
        return Stream.of(
                rule("countries are upper case", defaults("  waf: {blockedCountries: [KP, ru]}"),
                        "error: fleet.yaml:3:32: defaults.waf.blockedCountries[1]: `ru` must be upper case: `RU`"),
                rule("countries are ISO 3166-1 alpha-2", defaults("  waf: {blockedCountries: [KP, XX]}"),
                        "error: fleet.yaml:3:32: defaults.waf.blockedCountries[1]: `XX` is not an ISO 3166-1 alpha-2 country code "
                                + "(two upper-case letters, e.g. KP for North Korea)"),
                rule("countries are listed once", defaults("  waf: {blockedCountries: [KP, KP]}"),
                        "error: fleet.yaml:3:32: defaults.waf.blockedCountries[1]: `KP` is listed twice (also at "
                                + "defaults.waf.blockedCountries[0]); remove one"),
                rule("countries are a list", defaults("  waf: {blockedCountries: KP}"),
                        "error: fleet.yaml:3:27: defaults.waf.blockedCountries: expected a list, got `KP`; write it as a list: [KP, RU]"),
                rule("rate limit at least 10", defaults("  waf: {rateLimitPer5Min: 9}"),
                        "error: fleet.yaml:3:27: defaults.waf.rateLimitPer5Min: 9 is out of range: expected a whole number from 10 "
                                + "to 2000000000 (the AWS WAF rate-based rule limit per client IP in 5 minutes)"),
                rule("rate limit at most 2000000000", defaults("  waf: {rateLimitPer5Min: 2000000001}"),
                        "error: fleet.yaml:3:27: defaults.waf.rateLimitPer5Min: 2000000001 is out of range: expected a whole number "
                                + "from 10 to 2000000000 (the AWS WAF rate-based rule limit per client IP in 5 minutes)"),
                rule("rate limit is a whole number", defaults("  waf: {rateLimitPer5Min: lots}"),
                        "error: fleet.yaml:3:27: defaults.waf.rateLimitPer5Min: expected a whole number from 10 to 2000000000 "
                                + "(the AWS WAF rate-based rule limit per client IP in 5 minutes), got `lots`"),
                rule("unknown waf key gets a did-you-mean", defaults("  waf: {blockedCountry: [KP]}"),
                        "error: fleet.yaml:3:9: defaults.waf.blockedCountry: unknown key `blockedCountry`; did you mean `blockedCountries`?"));
    }

    static Stream<Arguments> alarms() {
        return Stream.of(
                rule("latency is positive", defaults("  alarms: {latencyP99Ms: 0}"),
                        "error: fleet.yaml:3:26: defaults.alarms.latencyP99Ms: 0 is out of range: expected a whole number from 1 "
                                + "to 60000 (milliseconds)"),
                rule("latency at most 60000", defaults("  alarms: {latencyP99Ms: 60001}"),
                        "error: fleet.yaml:3:26: defaults.alarms.latencyP99Ms: 60001 is out of range: expected a whole number from 1 "
                                + "to 60000 (milliseconds)"),
                rule("latency is a whole number", defaults("  alarms: {latencyP99Ms: 1.5}"),
                        "error: fleet.yaml:3:26: defaults.alarms.latencyP99Ms: expected a whole number from 1 to 60000 "
                                + "(milliseconds), got the number 1.5"),
                rule("email is an address", defaults("  alarms: {email: alerts}"),
                        "error: fleet.yaml:3:19: defaults.alarms.email: `alerts` is not valid: expected one email address such as "
                                + "alerts@example.com"),
                rule("email is one address", defaults("  alarms: {email: \"a@example.com, b@example.com\"}"),
                        "error: fleet.yaml:3:19: defaults.alarms.email: `a@example.com, b@example.com` is not valid: expected one "
                                + "email address such as alerts@example.com"));
    }

    static Stream<Arguments> app() {
        return Stream.of(
                rule("image is not empty", defaults("  app: {image: \"\"}"),
                        "error: fleet.yaml:3:16: defaults.app.image: the value is empty; expected a container image reference "
                                + "without spaces, e.g. public.ecr.aws/nginx/nginx:stable"),
                rule("port at least 1", defaults("  app: {port: 0}"),
                        "error: fleet.yaml:3:15: defaults.app.port: 0 is out of range: expected a whole number from 1 to 65535 (a TCP port)"),
                rule("port at most 65535", defaults("  app: {port: 65536}"),
                        "error: fleet.yaml:3:15: defaults.app.port: 65536 is out of range: expected a whole number from 1 to 65535 (a TCP port)"),
                rule("port is not quoted", defaults("  app: {port: \"80\"}"),
                        "error: fleet.yaml:3:15: defaults.app.port: expected a whole number from 1 to 65535 (a TCP port), got the "
                                + "string \"80\"; remove the quotes"),
                rule("healthPath starts with /", defaults("  app: {healthPath: health}"),
                        "error: fleet.yaml:3:21: defaults.app.healthPath: `health` is not valid: expected a URL path starting with /, "
                                + "without spaces, e.g. /health"),
                rule("cpu is a Fargate size", defaults("  app: {cpu: 300}"),
                        "error: fleet.yaml:3:14: defaults.app.cpu: 300 is not a Fargate CPU size; use one of 256, 512, 1024, 2048, "
                                + "4096, 8192, 16384"),
                rule("memory fits the cpu", defaults("  app: {cpu: 512, memoryMiB: 8192}"),
                        "error: fleet.yaml:3:30: defaults.app.memoryMiB: memoryMiB 8192 does not fit cpu 512 (set at defaults.app.cpu): "
                                + "with that cpu Fargate allows memoryMiB 1024 to 4096 in steps of 1024; change one of them"),
                rule("memory fits the default cpu", defaults("  app: {memoryMiB: 16384}"),
                        "error: fleet.yaml:3:20: defaults.app.memoryMiB: memoryMiB 16384 does not fit cpu 512 (the default): "
                                + "with that cpu Fargate allows memoryMiB 1024 to 4096 in steps of 1024; change one of them"),
                rule("8 vCPU memory steps by 4096", defaults("  app: {cpu: 8192, memoryMiB: 17408}"),
                        "error: fleet.yaml:3:31: defaults.app.memoryMiB: memoryMiB 17408 does not fit cpu 8192 (set at defaults.app.cpu): "
                                + "with that cpu Fargate allows memoryMiB 16384 to 61440 in steps of 4096; change one of them"),
                rule("minTasks at least 1", defaults("  app: {minTasks: 0}"),
                        "error: fleet.yaml:3:19: defaults.app.minTasks: 0 is out of range: expected a whole number from 1 to 1000"),
                rule("maxTasks at most 1000", defaults("  app: {maxTasks: 1001}"),
                        "error: fleet.yaml:3:19: defaults.app.maxTasks: 1001 is out of range: expected a whole number from 1 to 1000"),
                rule("maxTasks at least minTasks", defaults("  app: {minTasks: 5, maxTasks: 3}"),
                        "error: fleet.yaml:3:32: defaults.app.maxTasks: maxTasks 3 is less than minTasks 5 (set at "
                                + "defaults.app.minTasks); raise maxTasks or lower minTasks"));
    }

    static Stream<Arguments> data() {
        return Stream.of(
                rule("aurora engine is postgres or mysql", defaults("  data: {aurora: {engine: postgre}}"),
                        "error: fleet.yaml:3:27: defaults.data.aurora.engine: `postgre` is not one of postgres | mysql; "
                                + "did you mean `postgres`?"),
                rule("aurora is false or a map", defaults("  data: {aurora: true}"),
                        "error: fleet.yaml:3:18: defaults.data.aurora: expected `false` (no Aurora) or a map such as "
                                + "{engine: postgres}, got the boolean true; Aurora is on by default: remove the key or write {engine: postgres}"),
                rule("consistency is eventual or strong", defaults("  data: {globalTable: {consistency: strng}}"),
                        "error: fleet.yaml:3:37: defaults.data.globalTable.consistency: `strng` is not one of eventual | strong; "
                                + "did you mean `strong`?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"components", "waf", "alarms", "app", "data"})
    void reportsTheRule(String rule, String yaml, String expected) {
        assertThat(Fleets.problems(yaml)).containsExactly(expected);
    }
}
