package dev.regionstack.app.verify;

import dev.regionstack.app.synth.TemplateValidation;
import dev.regionstack.platform.metrics.GrafanaWorkspace;
import dev.regionstack.platform.metrics.GrafanaWorkspaceProps;
import dev.regionstack.verify.Problem;
import dev.regionstack.verify.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loader refuses Grafana where AMG does not run (fleet's GrafanaRegions); behind it, the deploy simulation would
 * catch a Grafana workspace in such a region too: CloudFormation's schemas for eu-west-3 have no AWS::Grafana::Workspace,
 * the CDK's validation says so, and verify's availability check reports it.
 */
class GrafanaAvailabilityTest {
    @TempDir Path out;

    @Test
    void aGrafanaWorkspaceInARegionWithoutAmgIsADeployFailure() {
        App app = App.Builder.create().outdir(out.toString()).build();
        TemplateValidation.register(app);
        Stack stack = new Stack(app, "acme-prod-eu-west-3-dashboards", StackProps.builder()
                .env(Environment.builder().account("111111111111").region("eu-west-3").build()).build());
        new GrafanaWorkspace(stack, "Grafana", new GrafanaWorkspaceProps("acme-prod", List.of(), null));
        app.synth();
        List<String> problems = Verifier.verify(out).problems().stream().filter(p -> p.check().equals("availability"))
                .map(Problem::line).toList();
        assertThat(problems).singleElement().asString().contains("AWS::Grafana::Workspace does not exist in eu-west-3");
    }
}
