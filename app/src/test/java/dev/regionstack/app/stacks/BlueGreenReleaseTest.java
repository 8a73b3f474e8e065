package dev.regionstack.app.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regionstack.app.guardrails.GuardrailFleets;
import dev.regionstack.guard.Replacement;
import dev.regionstack.guard.ReplacementSpec;
import dev.regionstack.platform.service.BlueGreenRelease;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which release each deployment's service gets, on assemblies the suite synthesizes anyway: the example fleet (dev
 * small: rolling; prod large: blue/green) and the enterprise fleet (medium and large: blue/green).
 */
class BlueGreenReleaseTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVICE = "AWS::ECS::Service";

    private static JsonNode template(String fleet, String stack) {
        Path file = GuardrailFleets.get(fleet).result().outdir().resolve(stack + ".template.json");
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> resources(JsonNode template, String type) {
        List<JsonNode> found = new ArrayList<>();
        template.path("Resources").forEach(r -> { if (r.path("Type").asText().equals(type)) found.add(r); });
        return found;
    }

    private static JsonNode service(JsonNode template) {
        List<JsonNode> services = resources(template, SERVICE);
        assertThat(services).hasSize(1);
        return services.get(0);
    }

    private static List<Path> appTemplates(String fleet) {
        try (Stream<Path> files = Files.list(GuardrailFleets.get(fleet).result().outdir())) {
            return files.filter(p -> p.getFileName().toString().endsWith("-app.template.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void mediumAndLargeReleaseBlueGreenInEveryRegionOfTheEnterpriseFleet() throws IOException {
        List<Path> apps = appTemplates("enterprise");
        assertThat(apps).hasSize(6);
        for (Path app : apps) {
            JsonNode template = JSON.readTree(app.toFile());
            String stack = app.getFileName().toString().replace(".template.json", "");
            String prefix = stack.substring(0, stack.length() - "-app".length());
            JsonNode service = service(template).path("Properties");
            assertThat(service.path("DeploymentConfiguration").path("Strategy").asText()).as(stack).isEqualTo("BLUE_GREEN");
            assertThat(service.path("DeploymentConfiguration").path("BakeTimeInMinutes").asInt()).as(stack).isEqualTo(10);
            assertThat(service.path("DeploymentConfiguration").path("Alarms").path("AlarmNames")).as(stack)
                    .extracting(JsonNode::asText).containsExactly(prefix + "-rollback-latency-p99", prefix + "-rollback-target-5xx",
                            prefix + "-rollback-elb-5xx");
            List<String> alarmNames = resources(template, "AWS::CloudWatch::Alarm").stream()
                    .map(a -> a.path("Properties").path("AlarmName").asText()).toList();
            assertThat(alarmNames).as(stack).contains(prefix + "-rollback-latency-p99", prefix + "-rollback-target-5xx", prefix + "-rollback-elb-5xx");
            JsonNode advanced = service.path("LoadBalancers").get(0).path("AdvancedConfiguration");
            assertThat(List.of("AlternateTargetGroupArn", "ProductionListenerRule", "TestListenerRule", "RoleArn"))
                    .as(stack).allMatch(advanced::has);
            assertThat(resources(template, "AWS::ElasticLoadBalancingV2::TargetGroup")).as(stack).hasSize(2);
            assertThat(resources(template, "AWS::ElasticLoadBalancingV2::ListenerRule")).as(stack).hasSize(2);
            // The enterprise fleet has DNS: the test listener is HTTPS, reached only from the VPC's NAT gateways (imported from the network stack).
            List<JsonNode> testIngress = ingress(template, BlueGreenRelease.TEST_HTTPS_PORT);
            assertThat(testIngress).as(stack).isNotEmpty().allSatisfy(rule -> assertThat(rule.path("CidrIp").toString())
                    .contains("Fn::ImportValue").contains("EIP").contains("/32"));
        }
    }

    /** The load balancer's ingress rules on a port (inline in its security groups). */
    private static List<JsonNode> ingress(JsonNode template, int port) {
        List<JsonNode> rules = new ArrayList<>();
        for (JsonNode group : resources(template, "AWS::EC2::SecurityGroup")) {
            group.path("Properties").path("SecurityGroupIngress").forEach(rule -> { if (rule.path("FromPort").asInt() == port) rules.add(rule); });
        }
        return rules;
    }

    @Test
    void smallStaysRollingWithTheCircuitBreakerAndOneTargetGroup() {
        for (String region : List.of("eu-west-2", "eu-west-1")) {
            JsonNode template = template("example", "acme-dev-" + region + "-app");
            JsonNode service = service(template).path("Properties");
            assertThat(service.path("DeploymentConfiguration").has("Strategy")).isFalse();
            assertThat(service.path("DeploymentConfiguration").path("DeploymentCircuitBreaker").path("Rollback").asBoolean()).isTrue();
            assertThat(service.path("LoadBalancers").get(0).has("AdvancedConfiguration")).isFalse();
            assertThat(resources(template, "AWS::ElasticLoadBalancingV2::TargetGroup")).hasSize(1);
            assertThat(resources(template, "AWS::ElasticLoadBalancingV2::ListenerRule")).isEmpty();
            assertThat(ingress(template, BlueGreenRelease.TEST_HTTPS_PORT)).isEmpty();
        }
    }

    /**
     * Moving a deployed service from rolling to blue/green (a sizing or {@code app.deployment} change) updates the
     * service in place: the deployment controller is ECS in both, and every property that differs is one the AWS
     * resource specification updates without replacement.
     */
    @Test
    void switchingToBlueGreenUpdatesTheServiceInPlace() {
        JsonNode rolling = service(template("example", "acme-dev-eu-west-2-app")).path("Properties");
        JsonNode blueGreen = service(template("example", "acme-prod-us-east-1-app")).path("Properties");
        assertThat(blueGreen.path("DeploymentController")).isEqualTo(rolling.path("DeploymentController"));
        assertThat(rolling.path("DeploymentController").path("Type").asText()).isEqualTo("ECS");
        ReplacementSpec spec = ReplacementSpec.builtIn();
        List<String> changed = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = blueGreen.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            if (!property.getValue().equals(rolling.path(property.getKey()))) changed.add(property.getKey());
        }
        assertThat(changed).contains("DeploymentConfiguration", "LoadBalancers");
        assertThat(changed).allSatisfy(p -> assertThat(spec.replacementOf(SERVICE, p)).as(p).isEqualTo(Replacement.NONE));
        for (List<String> path : spec.replacingPaths(SERVICE)) {
            if (!changed.contains(path.get(0))) continue;
            assertThat(at(blueGreen, path)).as(String.join(".", path)).isEqualTo(at(rolling, path));
        }
    }

    /** The values at a property path; {@code *} steps into every element of a list. */
    private static List<JsonNode> at(JsonNode node, List<String> path) {
        if (path.isEmpty()) return List.of(node);
        List<JsonNode> found = new ArrayList<>();
        List<String> rest = path.subList(1, path.size());
        if (path.get(0).equals("*")) node.forEach(element -> found.addAll(at(element, rest)));
        else found.addAll(at(node.path(path.get(0)), rest));
        return found;
    }
}
