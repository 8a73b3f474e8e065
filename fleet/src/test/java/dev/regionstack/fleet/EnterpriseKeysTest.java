package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Alarms;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.model.ObservabilitySettings;
import dev.regionstack.fleet.model.Release;
import dev.regionstack.fleet.model.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.regionstack.fleet.Fleets.rule;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enterprise platform's keys: {@code app.deployment}, {@code app.image: ecr:<tag>}, {@code alarms.findingsSeverity},
 * {@code messaging.stream.transform} and {@code observability}: their values, defaults, inheritance and errors.
 */
class EnterpriseKeysTest {

    /** A valid fleet whose {@code defaults} block holds {@code line}, on line 3. */
    private static String defaults(String line) {
        return "project: acme\ndefaults:\n" + line + """

                environments:
                  prod:
                    account: "111111111111"
                    regions:
                      us-east-1: {cidr: 10.0.0.0/16, primary: true}
                      us-east-2: {cidr: 10.1.0.0/16}
                """;
    }

    private static Settings settings(String line) { return Fleets.load(defaults(line)).environments().get(0).settings(); }

    @Test
    void theReleaseFollowsTheSizingUnlessWritten() {
        assertThat(settings("  sizing: small").release()).isEqualTo(Release.ROLLING);
        assertThat(settings("  sizing: medium").release()).isEqualTo(Release.BLUE_GREEN);
        assertThat(settings("  sizing: large").release()).isEqualTo(Release.BLUE_GREEN);
        assertThat(settings("  {sizing: large, app: {deployment: rolling}}".substring(0)).release()).isEqualTo(Release.ROLLING);
        assertThat(settings("  sizing: small\n  app: {deployment: blueGreen}").release()).isEqualTo(Release.BLUE_GREEN);
    }

    @Test
    void aRegionMayReleaseDifferently() {
        Fleet fleet = Fleets.load(defaults("  sizing: large").replace("us-east-2: {cidr: 10.1.0.0/16}",
                "us-east-2: {cidr: 10.1.0.0/16, app: {deployment: rolling}}"));
        assertThat(fleet.environments().get(0).deployments()).extracting(d -> d.settings().release())
                .containsExactly(Release.BLUE_GREEN, Release.ROLLING);
    }

    @Test
    void anEcrImageNamesItsTag() {
        assertThat(settings("  app: {image: \"ecr:v1.2.0\"}").app().ecrTag()).contains("v1.2.0");
        assertThat(settings("  app: {image: public.ecr.aws/nginx/nginx:stable}").app().ecrTag()).isEmpty();
    }

    @Test
    void findingsSeverityDefaultsToHigh() {
        assertThat(settings("  sizing: small").alarms().findingsSeverity()).isEqualTo(Alarms.DEFAULT_FINDINGS_SEVERITY).isEqualTo(7);
        assertThat(settings("  alarms: {findingsSeverity: 4}").alarms().findingsSeverity()).isEqualTo(4);
        assertThat(settings("  alarms: {findingsSeverity: 9, email: a@example.com}").alarms().email()).contains("a@example.com");
    }

    @Test
    void theStreamTransformIsOptIn() {
        assertThat(settings("  sizing: small").knobs().streamTransform()).isFalse();
        Settings on = settings("  messaging: {stream: {transform: true, shards: 2}}");
        assertThat(on.knobs().streamTransform()).isTrue();
        assertThat(on.knobs().stream()).isEqualTo(new dev.regionstack.fleet.model.StreamCapacity.Provisioned(2));
    }

    @Test
    void observabilityChoicesMergeKeyByKey() {
        assertThat(settings("  sizing: small").knobs().observability()).isEqualTo(ObservabilitySettings.CLOUDWATCH);
        Fleet fleet = Fleets.load(defaults("  observability: {logs: opensearch, metrics: prometheus}").replace(
                "    account: \"111111111111\"", "    account: \"111111111111\"\n    observability: {metrics: cloudwatch, dashboards: grafana}"));
        for (Deployment d : fleet.environments().get(0).deployments()) {
            assertThat(d.settings().knobs().observability()).isEqualTo(new ObservabilitySettings(true, false, true));
        }
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("deployment value", defaults("  app: {deployment: bluegreen}"),
                        "error: fleet.yaml:3:21: defaults.app.deployment: `bluegreen` is not one of rolling | blueGreen; did you mean `blueGreen`?"),
                rule("ecr tag empty", defaults("  app: {image: \"ecr:\"}"),
                        "error: fleet.yaml:3:16: defaults.app.image: `ecr:` names no tag; write ecr:<tag> with 1 to 128 letters, digits, "
                                + "`_`, `.` or `-`, not starting with `.` or `-`, e.g. ecr:v1.2.0"),
                rule("ecr tag characters", defaults("  app: {image: \"ecr:-v1\"}"),
                        "error: fleet.yaml:3:16: defaults.app.image: `-v1` is not an image tag; write ecr:<tag> with 1 to 128 letters, "
                                + "digits, `_`, `.` or `-`, not starting with `.` or `-`, e.g. ecr:v1.2.0"),
                rule("findings severity range", defaults("  alarms: {findingsSeverity: 11}"),
                        "error: fleet.yaml:3:30: defaults.alarms.findingsSeverity: 11 is out of range: expected a whole number from 1 to 10 "
                                + "(GuardDuty severity: 7 and above is high, 9 and above critical)"),
                rule("transform is a boolean", defaults("  messaging: {stream: {transform: yes}}"),
                        "error: fleet.yaml:3:35: defaults.messaging.stream.transform: expected true or false, got `yes`; booleans are written true or false"),
                rule("observability value", defaults("  observability: {logs: opensarch}"),
                        "error: fleet.yaml:3:25: defaults.observability.logs: `opensarch` is not one of opensearch | cloudwatch; "
                                + "did you mean `opensearch`?"),
                rule("observability key", defaults("  observability: {traces: xray}"),
                        "error: fleet.yaml:3:19: defaults.observability.traces: unknown key `traces`; allowed: logs, metrics, dashboards"),
                rule("opensearch needs observability and network", defaults("  components: [security, data]\n  observability: {logs: opensearch}")
                                .replace("[security, data]", "[security, messaging]"),
                        "error: fleet.yaml:4:25: defaults.observability.logs: `logs: opensearch` needs the components `observability` and "
                                + "`network` (the domain lives in the network's isolated subnets), which this environment does not have; add "
                                + "them to `components`, or remove the key"),
                rule("prometheus needs app", defaults("  components: [network, security, observability]\n  observability: {metrics: prometheus}"),
                        "error: fleet.yaml:4:28: defaults.observability.metrics: `metrics: prometheus` needs the component `app` (the "
                                + "collector runs in the service's task), which this environment does not have; add it to `components`, or "
                                + "remove the key"),
                rule("observability per region", defaults("  sizing: small").replace("us-east-2: {cidr: 10.1.0.0/16}",
                                "us-east-2: {cidr: 10.1.0.0/16, observability: {logs: opensearch}}"),
                        "error: fleet.yaml:9:38: environments.prod.regions.us-east-2.observability: `observability` cannot be set here: it is "
                                + "set per environment, not per region (one Grafana workspace serves the whole environment, and its logs and "
                                + "metrics are searched together); move it to environments.prod.observability"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsTheKeyAtItsPath(String rule, String yaml, String expected) {
        assertThat(Fleets.problems(yaml)).containsExactly(expected);
    }
}
