package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Dns;
import dev.regionstack.fleet.model.Routing;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.regionstack.app.stacks.GlobalFixtures.app;
import static dev.regionstack.app.stacks.GlobalFixtures.crossRegionReads;
import static dev.regionstack.app.stacks.GlobalFixtures.environment;
import static dev.regionstack.app.stacks.GlobalFixtures.propsIn;
import static org.assertj.core.api.Assertions.assertThat;

class GlobalAcceleratorStackTest {
    private static final Dns DNS = new Dns("example.com", "Z0123456789ABCDEFGHIJ", Routing.FAILOVER, "prod");

    private static Template template(Optional<Dns> dns, dev.regionstack.fleet.model.Environment environment) {
        return Template.fromStack(new GlobalAcceleratorStack(app(), "Accelerator",
                propsIn("us-west-2", "acme-prod-global-accelerator"), "acme", environment, dns));
    }

    @Test
    void oneEndpointGroupPerRegionInItsRegion() {
        Template template = template(Optional.empty(), environment("eu-west-2", "eu-west-2", "ap-southeast-2", "us-east-1"));
        template.resourceCountIs("AWS::GlobalAccelerator::EndpointGroup", 3);
        for (String region : List.of("eu-west-2", "ap-southeast-2", "us-east-1")) {
            template.hasResourceProperties("AWS::GlobalAccelerator::EndpointGroup", Map.of(
                    "EndpointGroupRegion", region,
                    "EndpointConfigurations", List.of(Match.objectLike(Map.of("ClientIPPreservationEnabled", true)))));
        }
    }

    @Test
    void readsEachRegionsAlbArnInThatRegion() {
        assertThat(crossRegionReads(template(Optional.empty(), environment("eu-west-2", "eu-west-2", "ap-southeast-2"))))
                .isEqualTo(Map.of(
                        "eu-west-2", "/acme/prod/eu-west-2/app/alb-arn",
                        "ap-southeast-2", "/acme/prod/ap-southeast-2/app/alb-arn"));
    }

    @Test
    void endpointsAreTheAlbArnsReadInEachRegion() {
        Template template = template(Optional.empty(), environment("eu-west-2", "eu-west-2", "ap-southeast-2"));
        template.hasResourceProperties("AWS::GlobalAccelerator::EndpointGroup", Map.of(
                "EndpointGroupRegion", "ap-southeast-2",
                "EndpointConfigurations", List.of(Match.objectLike(Map.of("EndpointId",
                        Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("^AlbArnapsoutheast2"), "Parameter.Value")))))));
    }

    @Test
    void regionsWithoutTheAppComponentGetNoEndpointGroup() {
        Template template = template(Optional.empty(),
                environment("eu-west-2", List.of("ap-southeast-2"), "eu-west-2", "ap-southeast-2"));
        template.resourceCountIs("AWS::GlobalAccelerator::EndpointGroup", 1);
        assertThat(crossRegionReads(template)).containsOnlyKeys("eu-west-2");
    }

    @Test
    void withoutDnsListensOnPort80AndChecksHealthOverHttp() {
        Template template = template(Optional.empty(), environment("eu-west-2", "eu-west-2", "ap-southeast-2"));
        template.hasResourceProperties("AWS::GlobalAccelerator::Listener", Map.of(
                "Protocol", "TCP", "PortRanges", List.of(Map.of("FromPort", 80, "ToPort", 80))));
        template.hasResourceProperties("AWS::GlobalAccelerator::EndpointGroup", Match.objectLike(Map.of(
                "HealthCheckProtocol", "HTTP", "HealthCheckPort", 80, "HealthCheckPath", "/healthz")));
    }

    @Test
    void withDnsAlsoListensOn443AndChecksHealthOverHttps() {
        Template template = template(Optional.of(DNS), environment("eu-west-2", "eu-west-2", "ap-southeast-2"));
        template.hasResourceProperties("AWS::GlobalAccelerator::Listener", Map.of(
                "Protocol", "TCP",
                "PortRanges", List.of(Map.of("FromPort", 80, "ToPort", 80), Map.of("FromPort", 443, "ToPort", 443))));
        template.hasResourceProperties("AWS::GlobalAccelerator::EndpointGroup", Match.objectLike(Map.of(
                "HealthCheckProtocol", "HTTPS", "HealthCheckPort", 443, "HealthCheckPath", "/healthz")));
    }

    @Test
    void namesTheAcceleratorAfterProjectAndEnvironment() {
        template(Optional.empty(), environment("eu-west-2", "eu-west-2")).hasResourceProperties(
                "AWS::GlobalAccelerator::Accelerator", Map.of("Name", "acme-prod"));
    }

    @Test
    void outputsTheAcceleratorDnsNameAndAddresses() {
        Template template = template(Optional.empty(), environment("eu-west-2", "eu-west-2"));
        template.hasOutput("AcceleratorDnsName", Map.of("Value",
                Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("^Accelerator"), "DnsName"))));
        template.hasOutput("AcceleratorIpv4Addresses", Match.objectLike(Map.of()));
        assertThat(template.findOutputs("*").values()).allSatisfy(output -> assertThat(output).doesNotContainKey("Export"));
    }

    @Test
    void importsNoExport() {
        assertThat(GlobalFixtures.text(template(Optional.of(DNS), environment("eu-west-2", "eu-west-2", "ap-southeast-2"))))
                .doesNotContain("Fn::ImportValue");
    }

    @Test
    void synthesizesWithoutErrorsOrWarnings() {
        software.amazon.awscdk.Stack stack = new GlobalAcceleratorStack(app(), "Accelerator", propsIn("us-west-2", "acme-prod-global-accelerator"), "acme", environment("eu-west-2", "eu-west-2", "us-east-1"), Optional.of(DNS));
        software.amazon.awscdk.assertions.Annotations annotations = software.amazon.awscdk.assertions.Annotations.fromStack(stack);
        annotations.hasNoError("*", Match.anyValue());
        annotations.hasNoWarning("*", Match.anyValue());
    }

    @Test
    void refusesAnyRegionButUsWest2() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new GlobalAcceleratorStack(app(), "Accelerator", propsIn("us-east-1", "acme-prod-global-accelerator"),
                        "acme", environment("eu-west-2", "eu-west-2"), Optional.empty()));
        assertThat(e).hasMessage("a Global Accelerator must be in a us-west-2 stack (a Global Accelerator is managed only from"
                + " us-west-2); this stack is in us-east-1");
    }
}
