package dev.regionstack.app.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateValidationTest {
    @TempDir Path outdir;

    @Test
    void theRegisteredEngineIsTheOnlyCloudFormationValidationAndFindsAnUnknownProperty() throws Exception {
        App app = new App(AppProps.builder().outdir(outdir.toString()).analyticsReporting(false).build());
        TemplateValidation.register(app);
        Stack stack = new Stack(app, "Checked");
        CfnResource.Builder.create(stack, "Topic").type("AWS::SNS::Topic")
                .properties(Map.of("NotAProperty", "x")).build();

        app.synth();

        JsonNode reports = new ObjectMapper().readTree(outdir.resolve("validation-report.json").toFile()).path("pluginReports");
        List<String> plugins = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        for (JsonNode report : reports) {
            plugins.add(report.path("pluginName").asText());
            for (JsonNode v : report.path("violations")) {
                for (JsonNode c : v.path("violatingConstructs")) {
                    findings.add(v.path("ruleName").asText() + " " + c.path("cloudFormationResource").path("logicalId").asText());
                }
            }
        }
        assertThat(plugins).containsExactly("CloudFormation Validate");
        assertThat(findings).contains("F3002 Topic");
    }
}
