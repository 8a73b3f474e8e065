package dev.regionstack.platform.service;

import dev.regionstack.platform.metrics.CollectorConfig;
import dev.regionstack.platform.metrics.PrometheusScrape;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The collector sidecar with Prometheus metrics: its configuration, and the task role's one write permission. */
class ContainerServicePrometheusTest {
    private static final String WORKSPACE = "arn:aws:aps:eu-west-2:111111111111:workspace/ws-1";
    private static final String URL = PrometheusScrape.remoteWriteUrl("eu-west-2", "ws-1");

    private static Template withPrometheus(Fixtures f) {
        new ContainerService(f.stack, "App", f.serviceProps()
                .prometheus(Optional.of(new PrometheusScrape(WORKSPACE, URL, "eu-west-2", 0, null, 0))).build());
        return Template.fromStack(f.stack);
    }

    private static Object collector(Map<String, Object> properties) {
        Map<String, Object> expected = new java.util.HashMap<>(properties);
        expected.put("Name", "otel-collector");
        return Match.objectLike(Map.of("ContainerDefinitions", Match.arrayWith(List.of(Match.objectLike(expected)))));
    }

    @Test
    void collectorTakesItsConfigurationFromTheEnvironmentNotTheBuiltInFile() {
        Template t = withPrometheus(new Fixtures());
        t.hasResourceProperties("AWS::ECS::TaskDefinition", collector(Map.of("Environment", List.of(Map.of(
                "Name", CollectorConfig.ENVIRONMENT_VARIABLE,
                "Value", CollectorConfig.yaml(new PrometheusScrape(WORKSPACE, URL, "eu-west-2", 0, null, 0)))))));
        assertThat(t.findResources("AWS::ECS::TaskDefinition").toString()).doesNotContain("ecs-xray.yaml");
    }

    @Test
    void taskRoleMayRemoteWriteToExactlyTheWorkspace() {
        withPrometheus(new Fixtures()).hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
                "Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("AppTaskRole.*"))),
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(
                        Map.of("Effect", "Allow", "Action", "aps:RemoteWrite", "Resource", WORKSPACE))))))));
    }

    @Test
    void withoutPrometheusTheCollectorForwardsTracesOnlyAndNothingMayWriteMetrics() {
        Fixtures f = new Fixtures();
        new ContainerService(f.stack, "App", f.serviceProps().build());
        Template t = Template.fromStack(f.stack);
        t.hasResourceProperties("AWS::ECS::TaskDefinition", collector(Map.of("Command", List.of("--config=/etc/ecs/ecs-xray.yaml"))));
        assertThat(t.findResources("AWS::ECS::TaskDefinition").toString()).doesNotContain(CollectorConfig.ENVIRONMENT_VARIABLE);
        assertThat(t.findResources("AWS::IAM::Policy").toString()).doesNotContain("aps:");
    }
}
