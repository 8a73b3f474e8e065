package dev.regionstack.app.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regionstack.app.TestFleets;
import dev.regionstack.app.guardrails.GuardrailFleets;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the findings and drift alerts land in whole fleets the guardrail tests synthesize anyway: the findings rules
 * once per account and region, the drift rule once per environment and region, both in the messaging stacks.
 */
class SecurityAlertsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Found(String stack, String type, JsonNode properties) {}

    private static List<Found> resources(String fleet, String type) throws IOException {
        var synthesized = GuardrailFleets.get(fleet);
        List<Found> found = new ArrayList<>();
        for (Deployment d : synthesized.fleet().deployments()) {
            for (String layer : List.of("security", "messaging")) {
                var file = synthesized.result().outdir().resolve(d.project() + "-" + d.environment() + "-" + d.region() + "-" + layer + ".template.json");
                if (!file.toFile().exists()) continue;
                JsonNode template = JSON.readTree(file.toFile());
                template.path("Resources").properties().forEach(r -> {
                    if (r.getValue().path("Type").asText().equals(type)) {
                        found.add(new Found(file.getFileName().toString().replace(".template.json", ""), type, r.getValue().path("Properties")));
                    }
                });
            }
        }
        return found;
    }

    /** Per stack, the sources its EventBridge rules match, e.g. {@code aws.guardduty}. */
    private static Map<String, List<String>> ruleSources(String fleet) throws IOException {
        Map<String, List<String>> bySource = new TreeMap<>();
        for (Found rule : resources(fleet, "AWS::Events::Rule")) {
            String source = rule.properties().path("EventPattern").path("source").path(0).asText();
            bySource.computeIfAbsent(rule.stack(), k -> new ArrayList<>()).add(source);
        }
        bySource.values().forEach(l -> l.sort(null));
        return bySource;
    }

    @Test
    void enterpriseEachMessagingStackSendsItsAccountAndRegionsFindingsAndItsEnvironmentsDrift() throws IOException {
        Map<String, List<String>> sources = ruleSources("enterprise");
        assertThat(sources).hasSize(6).allSatisfy((stack, s) -> {
            assertThat(stack).endsWith("-messaging");
            assertThat(s).containsExactly("aws.config", "aws.guardduty", "aws.securityhub");
        });
        // the fleet's alarms.findingsSeverity: 6
        for (Found rule : resources("enterprise", "AWS::Events::Rule")) {
            JsonNode severity = rule.properties().path("EventPattern").path("detail").path("severity");
            if (!severity.isMissingNode()) assertThat(severity.toString()).isEqualTo("[{\"numeric\":[\">=\",6]}]");
        }
        List<Found> configRules = resources("enterprise", "AWS::Config::ConfigRule");
        assertThat(configRules).extracting(r -> r.stack() + " " + r.properties().path("ConfigRuleName").asText() + " "
                + r.properties().path("Scope").path("TagKey").asText() + "=" + r.properties().path("Scope").path("TagValue").asText())
                .containsExactlyInAnyOrder(
                        "shopfront-staging-eu-west-1-messaging shopfront-staging-stack-drift Environment=staging",
                        "shopfront-staging-eu-central-1-messaging shopfront-staging-stack-drift Environment=staging",
                        "shopfront-staging-eu-west-2-messaging shopfront-staging-stack-drift Environment=staging",
                        "shopfront-prod-us-east-1-messaging shopfront-prod-stack-drift Environment=prod",
                        "shopfront-prod-us-west-2-messaging shopfront-prod-stack-drift Environment=prod",
                        "shopfront-prod-eu-west-1-messaging shopfront-prod-stack-drift Environment=prod");
    }

    @Test
    void aSharedAccountGetsOneSetOfFindingsRulesPerRegionAndADriftRulePerEnvironment() throws IOException {
        // dev (3 regions) and test (2 regions) share account 444444444444: dev, first in the file, owns the findings rules
        assertThat(ruleSources("shared-account-no-aurora")).containsExactly(
                Map.entry("shop-dev-eu-central-1-messaging", List.of("aws.config", "aws.guardduty", "aws.securityhub")),
                Map.entry("shop-dev-eu-north-1-messaging", List.of("aws.config", "aws.guardduty", "aws.securityhub")),
                Map.entry("shop-dev-eu-west-1-messaging", List.of("aws.config", "aws.guardduty", "aws.securityhub")),
                Map.entry("shop-test-eu-central-1-messaging", List.of("aws.config")),
                Map.entry("shop-test-eu-west-1-messaging", List.of("aws.config")));
        assertThat(resources("shared-account-no-aurora", "AWS::Config::ConfigRule"))
                .extracting(r -> r.stack().substring(0, r.stack().indexOf("-messaging")).replaceAll("^shop-\\w+-", "") + " "
                        + r.properties().path("ConfigRuleName").asText())
                .doesNotHaveDuplicates()
                .hasSize(5);
    }

    @Test
    void theFindingsGoToTheFirstEnvironmentWithMessagingInTheAccountAndRegion() {
        Fleet fleet = TestFleets.parse("""
                project: shop
                environments:
                  audit:
                    account: "444444444444"
                    components: [security]
                    regions:
                      eu-west-1: {cidr: 10.40.0.0/16, primary: true}
                  live:
                    account: "444444444444"
                    components: [network, security, messaging]
                    regions:
                      eu-west-1: {cidr: 10.50.0.0/16, primary: true}
                      eu-west-2: {cidr: 10.51.0.0/16}
                """);
        // audit owns the detectors but has no topic; live's messaging stack sends the findings
        assertThat(SecurityAlerts.findingsOwner(fleet, "444444444444", "eu-west-1")).map(Deployment::key).contains("live/eu-west-1");
        assertThat(SecurityAlerts.findingsOwner(fleet, "444444444444", "eu-west-2")).map(Deployment::key).contains("live/eu-west-2");
        assertThat(SecurityAlerts.findingsOwner(fleet, "444444444444", "us-east-1")).isEmpty();
    }

    @Test
    void theDriftRuleScopesByTheEnvironmentTagTheStacksCarry() {
        Fleet fleet = TestFleets.parse(GuardrailFleets.THREE_ZONES);
        // the file's tags: Environment: production replaces regionstack's own on every stack
        assertThat(fleet.deployments()).extracting(SecurityAlerts::environmentTag).containsOnly("production");
    }
}
