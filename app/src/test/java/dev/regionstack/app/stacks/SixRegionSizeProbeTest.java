package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Sizing;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

class SixRegionSizeProbeTest {
    @Test
    void probe() throws Exception {
        App app = TestDeployments.app();
        List<Deployment> ds = TestDeployments.environment(Sizing.LARGE, TestDeployments.SIX_REGIONS);
        List<Stack> all = new java.util.ArrayList<>();
        for (Deployment d : ds) {
            SecurityStack sec = new SecurityStack(app, "sec-" + d.region(), TestDeployments.props(d), d);
            NetworkStack net = new NetworkStack(app, "net-" + d.region(), TestDeployments.props(d), d);
            PeeringStack peer = new PeeringStack(app, "peer-" + d.region(), TestDeployments.props(d), d);
            DataStack data = new DataStack(app, "data-" + d.region(), TestDeployments.props(d), d, net.vpc(), sec.key());
            all.addAll(List.of(sec, net, peer, data));
        }
        {
            for (Stack s : all) {
                Map<String, Object> t = Template.fromStack(s).toJSON();
                String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(t);
                java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/netdata/" + s.getStackName() + ".json"), json);
                System.out.println("PROBE " + s.getStackName() + " resources=" + ((Map<?, ?>) t.get("Resources")).size() + " bytes=" + json.length());
            }
        }
    }
}
