package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Sizing;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PeeringStackTest {
    private static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "eu-west-1");

    private static Template peering(int index) {
        Deployment d = TestDeployments.environment(Sizing.SMALL, REGIONS).get(index);
        return Template.fromStack(new PeeringStack(TestDeployments.app(), "peer", TestDeployments.props(d), d));
    }

    private static Template routes(int index) {
        Deployment d = TestDeployments.environment(Sizing.SMALL, REGIONS).get(index);
        return Template.fromStack(new PeeringRoutesStack(TestDeployments.app(), "routes", TestDeployments.props(d), d));
    }

    @Test
    void firstRegionRequestsPeeringToEveryLaterRegion() {
        Template template = peering(0);
        template.resourceCountIs("AWS::EC2::VPCPeeringConnection", 2);
        template.hasResourceProperties("AWS::EC2::VPCPeeringConnection", Map.of(
                "VpcId", Map.of("Ref", Match.stringLikeRegexp("SsmParameterValueacmeproduseast1networkvpcid.*")),
                "PeerVpcId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("PeerVpcIdeuwest1.*"), "Parameter.Value")),
                "PeerRegion", "eu-west-1"));
    }

    @Test
    void peerVpcIdIsReadInThePeersRegion() {
        peering(0).hasResourceProperties("Custom::AWS", Match.objectLike(Map.of(
                "Create", Match.serializedJson(Match.objectLike(Map.of(
                        "region", "us-east-2",
                        "parameters", Map.of("Name", "/acme/prod/us-east-2/network/vpc-id")))))));
    }

    @Test
    void requesterRoutesEachPeerCidrInThePrivateAndIsolatedTiers() {
        Template template = peering(0);
        template.resourcePropertiesCountIs("AWS::EC2::Route", Match.objectLike(Map.of("DestinationCidrBlock", "10.21.0.0/16")), 6);
        template.resourcePropertiesCountIs("AWS::EC2::Route", Match.objectLike(Map.of("DestinationCidrBlock", "10.22.0.0/16")), 6);
        template.hasResourceProperties("AWS::EC2::Route", Map.of(
                "DestinationCidrBlock", "10.22.0.0/16",
                "RouteTableId", Map.of("Fn::Select", List.of(5, Map.of("Fn::Split", List.of(",",
                        Map.of("Ref", Match.stringLikeRegexp("SsmParameterValueacmeproduseast1networkpeeringroutetableids.*")))))),
                "VpcPeeringConnectionId", Map.of("Ref", Match.stringLikeRegexp("Toeuwest1.*"))));
    }

    @Test
    void requesterPublishesEachConnectionId() {
        Template template = peering(0);
        template.hasResourceProperties("AWS::SSM::Parameter", Match.objectLike(Map.of(
                "Name", "/acme/prod/us-east-1/peering/connection-us-east-2",
                "Value", Map.of("Ref", Match.stringLikeRegexp("Touseast2.*")))));
        template.hasResourceProperties("AWS::SSM::Parameter", Match.objectLike(Map.of(
                "Name", "/acme/prod/us-east-1/peering/connection-eu-west-1")));
    }

    @Test
    void middleRegionRequestsToLaterRegionsOnly() {
        Template template = peering(1);
        template.resourceCountIs("AWS::EC2::VPCPeeringConnection", 1);
        template.resourcePropertiesCountIs("AWS::EC2::Route", Match.objectLike(Map.of("DestinationCidrBlock", "10.20.0.0/16")), 0);
    }

    @Test
    void accepterRoutesEachEarlierPeerThroughItsPublishedConnection() {
        Template template = routes(1);
        template.resourceCountIs("AWS::EC2::VPCPeeringConnection", 0);
        template.resourcePropertiesCountIs("AWS::EC2::Route", Match.objectLike(Map.of(
                "DestinationCidrBlock", "10.20.0.0/16",
                "VpcPeeringConnectionId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("ConnectionIduseast1.*"), "Parameter.Value")))), 6);
        template.hasResourceProperties("Custom::AWS", Match.objectLike(Map.of(
                "Create", Match.serializedJson(Match.objectLike(Map.of(
                        "region", "us-east-1",
                        "parameters", Map.of("Name", "/acme/prod/us-east-1/peering/connection-us-east-2")))))));
    }

    @Test
    void lastRegionOnlyAccepts() {
        Deployment last = TestDeployments.environment(Sizing.SMALL, REGIONS).get(2);
        assertThat(PeeringStack.needed(last)).isFalse();
        Template template = routes(2);
        template.resourceCountIs("AWS::EC2::Route", 12);
        template.resourcePropertiesCountIs("AWS::EC2::Route", Match.objectLike(Map.of("DestinationCidrBlock", "10.21.0.0/16")), 6);
    }

    @Test
    void firstRegionAcceptsNothing() {
        Deployment first = TestDeployments.environment(Sizing.SMALL, REGIONS).get(0);
        assertThat(PeeringRoutesStack.needed(first)).isFalse();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PeeringRoutesStack(TestDeployments.app(), "routes", TestDeployments.props(first), first));
        assertThat(e.getMessage()).isEqualTo("prod/us-east-1 is the first region of environment prod in file order: it accepts no peering");
    }

    @Test
    void noExports() {
        assertThat(template(peering(1))).doesNotContain("Fn::ImportValue");
        assertThat(template(routes(1))).doesNotContain("Fn::ImportValue");
    }

    @Test
    void singleRegionEnvironmentNeedsNoPeering() {
        Deployment d = TestDeployments.environment(Sizing.SMALL, List.of("us-east-1")).get(0);
        assertThat(PeeringStack.needed(d)).isFalse();
        assertThat(PeeringRoutesStack.needed(d)).isFalse();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PeeringStack(TestDeployments.app(), "peer", TestDeployments.props(d), d));
        assertThat(e.getMessage()).isEqualTo("prod/us-east-1 is the last region of environment prod in file order: it requests no peering");
    }

    private static String template(Template template) { return template.toJSON().toString(); }
}
