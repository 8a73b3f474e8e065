package dev.regionstack.app.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regionstack.app.TestFleets;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One synth of the example fleet, checked as a whole. */
class ExampleSynthTest {
    @TempDir static Path out;
    static SynthResult result;
    static RolloutPlan plan;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void synth() {
        Fleet fleet = TestFleets.example();
        plan = RolloutPlanner.plan(fleet);
        result = FleetSynthesizer.synth(fleet, plan, out, line -> { });
    }

    @Test
    void everyPlannedStackIsSynthesized() {
        assertThat(result.stacks()).extracting(StackReport::name)
                .containsExactlyElementsOf(plan.stacks().stream().map(StackSpec::name).toList());
    }

    @Test
    void synthReportsNoErrors() {
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void everyStackStaysUnderCloudFormationComfortLimits() {
        assertThat(result.stacks()).allSatisfy(s -> {
            assertThat(s.resources()).as(s.name()).isBetween(1, 399);
            assertThat(s.bytes()).as(s.name()).isLessThan(800 * 1024);
        });
    }

    /** Same-region CDK references are allowed; a value from another region must never travel as an export. */
    @Test
    void noTemplateImportsAValueFromAnotherRegion() throws Exception {
        java.util.regex.Pattern imports = java.util.regex.Pattern.compile("\"Fn::ImportValue\"\\s*:\\s*\"([^\":]+):");
        int checked = 0;
        for (StackSpec s : plan.stacks()) {
            var m = imports.matcher(Files.readString(out.resolve(s.name() + ".template.json")));
            while (m.find()) {
                assertThat(plan.stack(m.group(1)).region()).as("%s imports from %s", s.name(), m.group(1)).isEqualTo(s.region());
                checked++;
            }
        }
        assertThat(checked).as("same-region imports seen (the check ran)").isPositive();
    }

    /** A value routed through a stack that does not own it (e.g. an SSM parameter it reads) must not be exported. */
    @Test
    void noTemplateImportsAValueItsExporterDoesNotOwn() {
        AssemblyReferences references = new AssemblyReferences(out, plan.stacks().stream().map(StackSpec::name).toList());
        assertThat(references.importsOfValuesTheExporterDoesNotOwn()).isEmpty();
    }

    @Test
    void everyStackTargetsItsAccountAndRegion() throws Exception {
        JsonNode artifacts = JSON.readTree(out.resolve("manifest.json").toFile()).path("artifacts");
        for (StackSpec s : plan.stacks()) {
            assertThat(artifacts.path(s.name()).path("environment").asText())
                    .isEqualTo("aws://" + s.account() + "/" + s.region());
        }
    }

    @Test
    void nothingWasLookedUp() throws Exception {
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.path("missing").isMissingNode() || manifest.path("missing").isEmpty()).isTrue();
    }

    @Test
    void crossRegionOrderIsRecordedAsStackDependencies() throws Exception {
        JsonNode artifacts = JSON.readTree(out.resolve("manifest.json").toFile()).path("artifacts");
        List<String> deps = new ArrayList<>();
        artifacts.path("acme-prod-us-east-2-data").path("dependencies").forEach(d -> deps.add(d.asText()));
        assertThat(deps).contains("acme-prod-us-east-1-data", "acme-prod-us-east-2-network", "acme-prod-us-east-2-security");
    }
}
