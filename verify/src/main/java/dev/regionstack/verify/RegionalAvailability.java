package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a region does not offer. CloudFormation's validation (cfn-lint, run by the CDK at synth, its verdicts in the
 * assembly's {@code validation-report.json}) carries each region's own resource schemas: a resource type that does
 * not exist in a region (F3006) or a value the region does not offer, such as an instance class (E3025), fails that
 * stack's deploy there. The CDK reports them as warnings; here they are deploy failures. An assembly written without
 * CDK's validation ({@code CDK_VALIDATION=false}) has no report, and the check has nothing to read.
 */
final class RegionalAvailability implements Check {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() { return "availability"; }

    @Override
    public void run(Simulation simulation, Findings findings) {
        Path report = simulation.assembly().directory().resolve("validation-report.json");
        if (!Files.isRegularFile(report)) return;
        JsonNode root;
        try {
            root = JSON.readTree(report.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode plugin : root.path("pluginReports")) {
            for (JsonNode violation : plugin.path("violations")) {
                String rule = violation.path("ruleName").asText("");
                if (!rule.equals("F3006") && !rule.equals("E3025")) continue;
                for (JsonNode construct : violation.path("violatingConstructs")) {
                    JsonNode at = construct.path("cloudFormationResource");
                    String stack = at.path("templatePath").asText("").replaceFirst("\\.template\\.json$", "");
                    Optional<StackModel> model = simulation.assembly().stack(stack);
                    Resource resource = model.map(m -> m.resource(at.path("logicalId").asText(""))).orElse(null);
                    if (resource == null) continue;
                    findings.checked();
                    report(findings, rule, violation.path("description").asText(""), resource, at.path("propertyPaths").path(0).asText(""));
                }
            }
        }
    }

    /**
     * The CDK's report groups the violations of one rule and region under the first one's description, so the type
     * and the value come from the template itself; the description only says whether a region is the cause.
     */
    private static void report(Findings findings, String rule, String description, Resource resource, String propertyPath) {
        String region = resource.region();
        if (!description.endsWith(" in '" + region + "'")) return;
        String stack = resource.stack().name();
        if (rule.equals("F3006") && description.contains("does not exist in")) {
            findings.problem(stack, resource.logicalId(), resource.type() + " does not exist in " + region
                            + " (CloudFormation's resource schemas for that region), so the stack cannot deploy there",
                    "deploy this layer's component to another region, or leave it out of " + region);
        } else if (rule.equals("E3025") && propertyPath.startsWith("Properties.")) {
            String property = propertyPath.substring("Properties.".length());
            JsonNode value = resource.property(property.split("\\."));
            findings.problem(stack, resource.logicalId(), property + " " + value.asText() + " is not offered in " + region
                            + " (CloudFormation's resource schemas for that region), so the stack cannot deploy there",
                    "choose a value that region offers, or another region");
        }
    }
}
