package dev.regionstack.platform.edge;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.globalaccelerator.HealthCheckProtocol;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EdgeAcceleratorTest {
    private static final String ALB_EU = "arn:aws:elasticloadbalancing:eu-west-2:111111111111:loadbalancer/app/a/1";
    private static final String ALB_AP = "arn:aws:elasticloadbalancing:ap-southeast-2:111111111111:loadbalancer/app/b/2";

    private static Template template(List<Integer> ports, HealthCheckProtocol protocol, Integer port) {
        Stack stack = EdgeWebAclTest.stackIn("us-west-2");
        new EdgeAccelerator(stack, "Accelerator", new EdgeAcceleratorProps("acme-prod", ports, List.of(
                new AcceleratorEndpoint("eu-west-2", ALB_EU), new AcceleratorEndpoint("ap-southeast-2", ALB_AP)),
                "/healthz", protocol, port));
        return Template.fromStack(stack);
    }

    @Test
    void namesTheAccelerator() {
        template(List.of(80), null, null).hasResourceProperties("AWS::GlobalAccelerator::Accelerator",
                Map.of("Name", "acme-prod", "Enabled", true));
    }

    @Test
    void listenerAcceptsEachPortOverTcp() {
        template(List.of(80, 443), null, null).hasResourceProperties("AWS::GlobalAccelerator::Listener", Map.of(
                "Protocol", "TCP",
                "PortRanges", List.of(Map.of("FromPort", 80, "ToPort", 80), Map.of("FromPort", 443, "ToPort", 443))));
    }

    @Test
    void oneEndpointGroupPerRegionWithClientIpPreservation() {
        Template template = template(List.of(80), null, null);
        template.resourceCountIs("AWS::GlobalAccelerator::EndpointGroup", 2);
        template.hasResourceProperties("AWS::GlobalAccelerator::EndpointGroup", Map.of(
                "EndpointGroupRegion", "eu-west-2",
                "EndpointConfigurations", List.of(Map.of("EndpointId", ALB_EU, "ClientIPPreservationEnabled", true))));
        template.hasResourceProperties("AWS::GlobalAccelerator::EndpointGroup", Map.of(
                "EndpointGroupRegion", "ap-southeast-2",
                "EndpointConfigurations", List.of(Map.of("EndpointId", ALB_AP, "ClientIPPreservationEnabled", true))));
    }

    @Test
    void healthChecksDefaultToHttpOnPort80() {
        template(List.of(80), null, null).hasResourceProperties("AWS::GlobalAccelerator::EndpointGroup", Match.objectLike(Map.of(
                "HealthCheckPath", "/healthz", "HealthCheckProtocol", "HTTP", "HealthCheckPort", 80)));
    }

    @Test
    void healthChecksCanUseHttps() {
        template(List.of(80, 443), HealthCheckProtocol.HTTPS, 443).hasResourceProperties("AWS::GlobalAccelerator::EndpointGroup",
                Match.objectLike(Map.of("HealthCheckProtocol", "HTTPS", "HealthCheckPort", 443)));
    }

    @Test
    void refusesAStackOutsideUsWest2() {
        Stack stack = EdgeWebAclTest.stackIn("us-east-1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EdgeAccelerator(stack, "Accelerator",
                new EdgeAcceleratorProps("acme-prod", List.of(80), List.of(new AcceleratorEndpoint("eu-west-2", ALB_EU)), null, null, null)));
        assertThat(e).hasMessage("a Global Accelerator must be in a us-west-2 stack (a Global Accelerator is managed only from"
                + " us-west-2); this stack is in us-east-1");
    }

    @Test
    void refusesTwoEndpointsInOneRegion() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EdgeAcceleratorProps("acme-prod",
                List.of(80), List.of(new AcceleratorEndpoint("eu-west-2", ALB_EU), new AcceleratorEndpoint("eu-west-2", ALB_EU)),
                null, null, null));
        assertThat(e).hasMessage("endpoints must hold one entry per region, got [eu-west-2, eu-west-2]");
    }
}
