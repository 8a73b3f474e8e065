package dev.regionstack.app.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regionstack.app.TestFleets;
import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One synth of a three-region environment with {@code aurora: false}: a data stack only in the primary region, no
 * stack without resources (CloudFormation refuses one and the CDK CLI skips it, so whatever imports from it could
 * never deploy), and no import of a value that its exporter does not own.
 */
class WithoutAuroraSynthTest {
    @TempDir static Path out;
    static Fleet fleet;
    static RolloutPlan plan;
    static SynthResult result;

    @BeforeAll
    static void synth() {
        fleet = TestFleets.withoutAurora();
        plan = RolloutPlanner.plan(fleet);
        result = FleetSynthesizer.synth(fleet, plan, out, line -> { });
    }

    private static List<String> stackNames() { return plan.stacks().stream().map(StackSpec::name).toList(); }

    @Test
    void onlyThePrimaryRegionHasADataStack() {
        assertThat(plan.stacks()).filteredOn(s -> s.layer() == Layer.DATA).extracting(StackSpec::name)
                .containsExactly("acme-dev-eu-west-2-data");
        assertThat(out.resolve("acme-dev-eu-west-1-data.template.json")).doesNotExist();
        assertThat(out.resolve("acme-dev-eu-central-1-data.template.json")).doesNotExist();
    }

    @Test
    void everyPlannedStackIsSynthesizedWithoutErrors() {
        assertThat(result.stacks()).extracting(StackReport::name).containsExactlyElementsOf(stackNames());
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void noStackHasZeroResources() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String stack : stackNames()) {
            JsonNode resources = json.readTree(Files.readString(out.resolve(stack + ".template.json"))).path("Resources");
            assertThat(resources.size()).as(stack).isPositive();
        }
    }

    @Test
    void noTemplateImportsAValueItsExporterDoesNotOwn() {
        AssemblyReferences references = new AssemblyReferences(out, stackNames());
        assertThat(references.imports()).as("same-region imports seen (the check ran)").isNotEmpty();
        assertThat(references.importsOfValuesTheExporterDoesNotOwn()).isEmpty();
    }

    @Test
    void nothingImportsFromTheDataStackWhichTheOthersNameByTheirOwnNames() {
        assertThat(new AssemblyReferences(out, stackNames()).imports()).noneMatch(i -> i.contains("-data:"));
    }

    @Test
    void secondaryLayersDependOnWhatTheyUseInsteadOfAMissingDataStack() throws Exception {
        JsonNode artifacts = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).path("artifacts");
        List<String> app = new java.util.ArrayList<>();
        artifacts.path("acme-dev-eu-west-1-app").path("dependencies").forEach(d -> app.add(d.asText()));
        assertThat(app).contains("acme-dev-eu-west-2-data", "acme-dev-eu-west-1-security", "acme-dev-eu-west-1-network")
                .doesNotContain("acme-dev-eu-west-1-data");
    }
}
