package dev.regionstack.app.guardrails;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regionstack.app.synth.StackReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stack of the example fleet and of the test fleets synthesizes with zero unsuppressed AwsSolutions and
 * NIST 800-53 rev 5 findings (errors and warnings) and zero unacknowledged CloudFormation validation findings.
 */
class RulePackFindingsTest {
    static Stream<Arguments> stacks() {
        return GuardrailFleets.all().flatMap(f -> f.result().stacks().stream()
                .map(StackReport::name).map(stack -> Arguments.of(f.name(), stack)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("stacks")
    void stackHasNoUnsuppressedRulePackFinding(String fleet, String stack) {
        var result = GuardrailFleets.get(fleet).result();
        List<String> findings = new ArrayList<>();
        for (String annotation : concat(result.errors(), result.warnings())) {
            FindingsReport.Finding f = FindingsReport.parse(annotation);
            if (f.stack().equals(stack)) findings.add(annotation);
        }
        assertThat(findings).as(FindingsReport.render(findings)).isEmpty();
    }

    @Test
    void everyFleetHasNoUnacknowledgedCloudFormationValidationFinding() throws Exception {
        for (var fleet : GuardrailFleets.all().toList()) {
            // CDK writes the report whenever its CloudFormation validation ran: a missing report means it did not
            Path report = fleet.result().outdir().resolve("validation-report.json");
            assertThat(report).as(fleet.name()).exists();
            List<String> plugins = new ArrayList<>();
            List<String> violations = new ArrayList<>();
            for (JsonNode plugin : new ObjectMapper().readTree(report.toFile()).path("pluginReports")) {
                plugins.add(plugin.path("pluginName").asText());
                for (JsonNode v : plugin.path("violations")) {
                    for (JsonNode c : v.path("violatingConstructs")) {
                        violations.add(v.path("ruleName").asText() + " " + c.path("constructPath").asText()
                                + ": " + v.path("description").asText());
                    }
                }
            }
            assertThat(plugins).as(fleet.name()).contains("CloudFormation Validate");
            assertThat(violations).as(fleet.name()).isEmpty();
        }
    }

    @Test
    void theFleetsCoverEveryStackKind() {
        List<String> suffixes = GuardrailFleets.all().flatMap(f -> f.result().stacks().stream())
                .map(s -> s.name().substring(s.name().lastIndexOf('-') + 1)).distinct().sorted().toList();
        assertThat(suffixes).contains("network", "security", "data", "peering", "routes", "messaging", "app", "api",
                "observability", "dns", "edge", "accelerator");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
