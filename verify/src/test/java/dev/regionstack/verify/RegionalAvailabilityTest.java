package dev.regionstack.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** CloudFormation validation's per-region verdicts, as the CDK writes them into the assembly, fail the deploy. */
class RegionalAvailabilityTest {
    @TempDir Path dir;

    private static String violation(String rule, String description, String stack, String logicalId) {
        return """
                {"ruleName": "%s", "description": "%s", "severity": "warning",
                 "violatingConstructs": [{"constructPath": "%s/X", "cloudFormationResource":
                   {"templatePath": "%s.template.json", "logicalId": "%s", "propertyPaths": ["%s"]}}]}"""
                .formatted(rule, description, stack, stack, logicalId, rule.equals("E3025") ? "Properties.DBInstanceClass" : "Type");
    }

    private Path assembly(String violations, String suppressed) throws Exception {
        Path out = new TestAssembly()
                .stack("acme-dev-ap-east-1-api", "111111111111", "ap-east-1",
                        "{\"Resources\": {\"Template\": {\"Type\": \"AWS::SES::Template\"}}}", Map.of())
                .stack("acme-dev-ap-east-1-security", "111111111111", "ap-east-1",
                        "{\"Resources\": {\"Aggregator\": {\"Type\": \"AWS::SecurityHub::FindingAggregator\"}}}", Map.of())
                .stack("acme-dev-il-central-1-data", "111111111111", "il-central-1",
                        "{\"Resources\": {\"Db\": {\"Type\": \"AWS::RDS::DBInstance\", \"Properties\": {\"DBInstanceClass\": \"db.t4g.medium\"}}}}", Map.of())
                .write(dir);
        Files.writeString(out.resolve("validation-report.json"), """
                {"version": "54.0.0", "title": "Validation Report", "pluginReports": [{"pluginName": "CloudFormation Validate",
                 "conclusion": "success", "violations": [%s], "suppressedViolations": [%s]}]}""".formatted(violations, suppressed));
        return out;
    }

    private static java.util.List<String> availability(Path assembly) {
        return Verifier.verify(assembly).problems().stream().filter(p -> p.check().equals("availability")).map(Problem::line).toList();
    }

    @Test
    void aTypeARegionDoesNotHaveAndAClassItDoesNotOfferFail() throws Exception {
        Path out = assembly(violation("F3006", "Type: Resource type 'AWS::SES::Template' does not exist in 'ap-east-1'",
                        "acme-dev-ap-east-1-api", "Template") + ","
                        + violation("E3025", "DBInstanceClass: 'db.t4g.medium' is not one of ['db.r5.large', 'db.t3.medium'] in 'il-central-1'",
                        "acme-dev-il-central-1-data", "Db"), "");
        assertThat(availability(out)).containsExactly(
                "error: acme-dev-ap-east-1-api/Template: AWS::SES::Template does not exist in ap-east-1 (CloudFormation's resource"
                        + " schemas for that region), so the stack cannot deploy there; deploy this layer's component to another"
                        + " region, or leave it out of ap-east-1",
                "error: acme-dev-il-central-1-data/Db: DBInstanceClass db.t4g.medium is not offered in il-central-1"
                        + " (CloudFormation's resource schemas for that region), so the stack cannot deploy there; choose a value"
                        + " that region offers, or another region");
    }

    /** The CDK's report lists every construct of one rule and region under the first violation's description. */
    @Test
    void theTypeComesFromTheTemplateNotFromTheGroupedDescription() throws Exception {
        String grouped = """
                {"ruleName": "F3006", "description": "Type: Resource type 'AWS::SecurityHub::FindingAggregator' does not exist in 'ap-east-1'",
                 "violatingConstructs": [
                   {"cloudFormationResource": {"templatePath": "acme-dev-ap-east-1-security.template.json", "logicalId": "Aggregator", "propertyPaths": ["Type"]}},
                   {"cloudFormationResource": {"templatePath": "acme-dev-ap-east-1-api.template.json", "logicalId": "Template", "propertyPaths": ["Type"]}}]}""";
        assertThat(availability(assembly(grouped, ""))).extracting(l -> l.substring(0, l.indexOf(" does not exist"))).containsExactly(
                "error: acme-dev-ap-east-1-security/Aggregator: AWS::SecurityHub::FindingAggregator",
                "error: acme-dev-ap-east-1-api/Template: AWS::SES::Template");
    }

    @Test
    void acknowledgedFindingsOtherRulesAndValuesWithoutARegionPass() throws Exception {
        Path out = assembly(violation("W3010", "AvailabilityZone: Avoid hardcoding availability zones 'ap-east-1a'",
                        "acme-dev-ap-east-1-api", "Template") + ","
                        + violation("E3025", "DBInstanceClass: 'db.x' is not one of ['db.r5.large']", "acme-dev-il-central-1-data", "Db"),
                violation("F3006", "Type: Resource type 'AWS::SES::Template' does not exist in 'ap-east-1'", "acme-dev-ap-east-1-api", "Template"));
        assertThat(availability(out)).isEmpty();
    }

    @Test
    void anAssemblyWithoutAValidationReportHasNothingToCheck() {
        Path out = new TestAssembly().stack("s", "{\"Resources\": {\"T\": {\"Type\": \"AWS::SES::Template\"}}}").write(dir);
        assertThat(availability(out)).isEmpty();
    }
}
