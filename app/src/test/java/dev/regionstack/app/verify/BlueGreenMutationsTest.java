package dev.regionstack.app.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.regionstack.app.guardrails.GuardrailFleets;
import dev.regionstack.platform.service.BlueGreenRelease;
import dev.regionstack.verify.Problem;
import dev.regionstack.verify.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deploy simulation knows the blue/green paths: on the example fleet's blue/green app stack (prod, large), the
 * test listener is for the VPC's NAT addresses and not the internet, and the listener rules reach both target groups.
 */
class BlueGreenMutationsTest {
    private static final String STACK = "acme-prod-us-east-1-app";
    private static final int TEST_PORT = BlueGreenRelease.TEST_HTTPS_PORT;
    @TempDir Path dir;

    private List<String> newProblems(Consumer<ObjectNode> mutation) {
        return AssemblyCopy.newProblems(GuardrailFleets.get("example").result().outdir(), dir.resolve("mutated"), STACK, mutation);
    }

    /** The security group that holds the test listener's ingress rules (the load balancer's). */
    private static ArrayNode loadBalancerIngress(ObjectNode resources) {
        for (Map.Entry<String, JsonNode> r : (Iterable<Map.Entry<String, JsonNode>>) resources::fields) {
            JsonNode ingress = r.getValue().path("Properties").path("SecurityGroupIngress");
            for (JsonNode rule : ingress) if (rule.path("FromPort").asInt() == TEST_PORT) return (ArrayNode) ingress;
        }
        throw new AssertionError("no security group admits port " + TEST_PORT + " in " + STACK);
    }

    @Test
    void theOriginalIsClean() {
        assertThat(Verifier.verify(GuardrailFleets.get("example").result().outdir()).lines()).isEmpty();
    }

    @Test
    void aTestListenerOpenToTheInternetIsReported() {
        List<String> problems = newProblems(resources -> loadBalancerIngress(resources).addObject()
                .put("CidrIp", "0.0.0.0/0").put("IpProtocol", "tcp").put("FromPort", TEST_PORT).put("ToPort", TEST_PORT));
        assertThat(problems).singleElement().asString()
                .contains("admits tcp " + TEST_PORT + " from 0.0.0.0/0, which no path the platform intends uses");
    }

    @Test
    void aTestListenerTheVpcCannotReachIsReported() {
        List<String> problems = newProblems(resources -> loadBalancerIngress(resources).removeIf(r -> r.path("FromPort").asInt() == TEST_PORT));
        assertThat(problems).isNotEmpty().allSatisfy(line -> assertThat(line)
                .contains("the private tier reaches the test listener through the NAT gateway")
                .contains("admits the address of").contains("on TCP " + TEST_PORT));
    }

    @Test
    void aProductionRuleThatSkipsTheAlternateTargetGroupIsReported() {
        List<String> problems = newProblems(resources -> {
            for (Map.Entry<String, JsonNode> r : (Iterable<Map.Entry<String, JsonNode>>) resources::fields) {
                if (!r.getKey().contains("ProductionRule")) continue;
                ArrayNode groups = (ArrayNode) r.getValue().path("Properties").path("Actions").get(0).path("ForwardConfig").path("TargetGroups");
                groups.remove(1);
            }
        });
        assertThat(problems).singleElement().asString().contains("the blue/green ProductionListenerRule")
                .contains("does not forward to both the target group and the alternate target group");
    }
}
