package dev.regionstack.app.synth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.regionstack.app.guardrails.GuardrailFleets;
import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.StackNames;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.platform.metrics.CollectorConfig;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus metrics and Grafana dashboards on the enterprise fleet (2 environments x 3 regions): a workspace per
 * region before the app stack, whose collector writes to it with the task role allowed exactly that; one Grafana
 * workspace per environment, in the primary region, after every region's workspace, querying all of them.
 */
class MetricsAndDashboardsTest {
    private static final GuardrailFleets.Synthesized FLEET = GuardrailFleets.get("enterprise");

    private static List<Deployment> deployments() {
        return FLEET.fleet().environments().stream().flatMap(e -> e.deployments().stream()).toList();
    }

    private static String stack(Deployment d, Layer layer) { return StackNames.of(d.project(), d.environment(), d.region(), layer); }

    private static Map<String, JsonNode> ofType(String stack, String type) {
        Map<String, JsonNode> found = new java.util.LinkedHashMap<>();
        Templates.template(FLEET, stack).path("Resources").properties().forEach(e -> {
            if (e.getValue().path("Type").asText().equals(type)) found.put(e.getKey(), e.getValue());
        });
        return found;
    }

    @Test
    void synthesizesAndSimulatesClean() {
        assertThat(FLEET.result().errors()).isEmpty();
        assertThat(FLEET.result().verify().problems()).as(FLEET.result().verify().summary()).isEmpty();
    }

    @Test
    void everyRegionHasItsKeyEncryptedWorkspaceBeforeItsApp() {
        assertThat(deployments()).hasSize(6).allSatisfy(d -> {
            Map<String, JsonNode> workspaces = ofType(stack(d, Layer.METRICS), "AWS::APS::Workspace");
            assertThat(workspaces).hasSize(1);
            JsonNode w = workspaces.values().iterator().next();
            assertThat(w.path("Properties").path("Alias").asText()).isEqualTo(d.project() + "-" + d.environment() + "-" + d.region());
            assertThat(w.path("Properties").path("KmsKeyArn").toString()).contains("Fn::ImportValue").contains("security");
            assertThat(w.path("DeletionPolicy").asText()).isEqualTo("Retain");
            assertThat(FLEET.result().outdir().resolve("manifest.json")).content()
                    .contains("\"" + stack(d, Layer.METRICS) + "\"");
        });
    }

    @Test
    void eachAppsCollectorWritesToItsOwnRegionsWorkspaceWithTheTaskRoleAllowedExactlyThat() {
        for (Deployment d : deployments()) {
            String app = stack(d, Layer.APP);
            JsonNode task = ofType(app, "AWS::ECS::TaskDefinition").values().iterator().next();
            JsonNode collector = null;
            for (JsonNode c : task.path("Properties").path("ContainerDefinitions")) if (c.path("Name").asText().equals("otel-collector")) collector = c;
            assertThat(collector).isNotNull();
            String config = collector.path("Environment").get(0).toString();
            assertThat(collector.path("Environment").get(0).path("Name").asText()).isEqualTo(CollectorConfig.ENVIRONMENT_VARIABLE);
            assertThat(config).contains("region: " + d.region()).contains("https://aps-workspaces." + d.region() + ".amazonaws.com/workspaces/")
                    .contains(stack(d, Layer.METRICS) + ":ExportsOutput");
            List<String> grants = new ArrayList<>();
            ofType(app, "AWS::IAM::Policy").values().forEach(p -> p.path("Properties").path("PolicyDocument").path("Statement")
                    .forEach(s -> { if (s.path("Action").toString().contains("aps:")) grants.add(s.toString()); }));
            assertThat(grants).singleElement().asString().contains("\"Action\":\"aps:RemoteWrite\"").contains(stack(d, Layer.METRICS))
                    .doesNotContain("\"*\"");
        }
    }

    @Test
    void oneGrafanaWorkspacePerEnvironmentInItsPrimaryQueryingEveryRegionsWorkspace() {
        for (var e : FLEET.fleet().environments()) {
            for (Deployment d : e.deployments()) {
                boolean present = FLEET.result().stacks().stream().anyMatch(s -> s.name().equals(stack(d, Layer.DASHBOARDS)));
                assertThat(present).as(stack(d, Layer.DASHBOARDS)).isEqualTo(d.primary());
            }
            String dashboards = stack(e.primary(), Layer.DASHBOARDS);
            JsonNode grafana = ofType(dashboards, "AWS::Grafana::Workspace").values().iterator().next().path("Properties");
            assertThat(grafana.path("DataSources").toString()).isEqualTo("[\"CLOUDWATCH\",\"PROMETHEUS\",\"XRAY\"]");
            assertThat(grafana.path("AuthenticationProviders").toString()).isEqualTo("[\"AWS_SSO\"]");
            assertThat(grafana.path("PermissionType").asText()).isEqualTo("CUSTOMER_MANAGED");
            // the query statement names one workspace ARN per region, each read from that region's metrics stack
            JsonNode query = null;
            for (JsonNode p : ofType(dashboards, "AWS::IAM::Policy").values()) {
                for (JsonNode s : p.path("Properties").path("PolicyDocument").path("Statement")) {
                    if (s.path("Sid").asText().equals("QueryPrometheusWorkspaces")) query = s;
                }
            }
            assertThat(query).isNotNull();
            assertThat(query.path("Resource")).hasSize(e.deployments().size());
            assertThat(ofType(dashboards, "Custom::AWS").values().stream().map(JsonNode::toString).toList())
                    .hasSize(e.deployments().size())
                    .allSatisfy(read -> assertThat(read).contains("/metrics/prometheus-workspace-arn"));
        }
    }

    @Test
    void theDashboardsWaitForEveryRegionsWorkspaceAndTheAppForItsOwn() {
        var plan = dev.regionstack.app.layers.RolloutPlanner.plan(FLEET.fleet());
        for (var e : FLEET.fleet().environments()) {
            var dashboards = plan.stack(stack(e.primary(), Layer.DASHBOARDS));
            assertThat(dashboards.waitsFor()).extracting(w -> w.stack())
                    .containsAll(e.deployments().stream().map(d -> stack(d, Layer.METRICS)).toList());
            for (Deployment d : e.deployments()) {
                assertThat(plan.stack(stack(d, Layer.APP)).waitsFor()).extracting(w -> w.stack()).contains(stack(d, Layer.METRICS));
            }
        }
    }

    /**
     * The workspaces hold data (stored metrics, hand-made dashboards): their logical ids are pinned here, since the
     * example fleet, which StableIdentitiesTest's golden file covers, has neither. A change replaces the workspace.
     */
    @Test
    void theWorkspacesKeepTheirLogicalIds() {
        for (var e : FLEET.fleet().environments()) {
            for (Deployment d : e.deployments()) {
                assertThat(ofType(stack(d, Layer.METRICS), "AWS::APS::Workspace")).containsOnlyKeys("Prometheus2BCCDD01");
            }
            assertThat(ofType(stack(e.primary(), Layer.DASHBOARDS), "AWS::Grafana::Workspace")).containsOnlyKeys("Grafana43773C35");
        }
    }
}
