package dev.regionstack.app.synth;

import dev.regionstack.app.TestFleets;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A country blocked for a region stays blocked on every path into that region: straight to its load balancer or
 * API, through CloudFront, and through Global Accelerator. The fleet lists countries only per region, and differently
 * in each: the case where the edge web ACL used to have no geo rule at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeoBlockingTest {
    static final String FLEET = """
            project: acme
            environments:
              prod:
                account: "333333333333"
                regions:
                  us-east-1:
                    cidr: 10.20.0.0/16
                    primary: true
                    waf: { blockedCountries: [CN] }
                  eu-west-1:
                    cidr: 10.21.0.0/16
                    waf: { blockedCountries: [RU, CN] }
                  ap-southeast-2:
                    cidr: 10.22.0.0/16
                    waf: { blockedCountries: [IR] }
            """;
    /** Each region's own list, as the fleet resolves it. */
    static final Map<String, List<String>> BLOCKED = new LinkedHashMap<>();

    static {
        BLOCKED.put("us-east-1", List.of("CN"));
        BLOCKED.put("eu-west-1", List.of("RU", "CN"));
        BLOCKED.put("ap-southeast-2", List.of("IR"));
    }

    private Map<String, Stack> stacks;

    @BeforeAll
    void build() {
        Fleet fleet = TestFleets.parse(FLEET);
        assertThat(fleet.environments().get(0).settings().waf().blockedCountries()).as("no environment-level list").isEmpty();
        App app = new App(FleetSynthesizer.appProps(fleet, null));
        stacks = new FleetAssembler(app, fleet, FunctionsJar::locate).add(RolloutPlanner.plan(fleet), (spec, stack) -> { });
    }

    private Template template(String stack) {
        assertThat(stacks).containsKey(stack);
        return Template.fromStack(stacks.get(stack));
    }

    private static Map<String, Object> regionalGeoRule(List<String> countries) {
        return Map.of("Scope", "REGIONAL", "Rules", Match.arrayWith(List.of(Match.objectLike(Map.of(
                "Name", "BlockedCountries",
                "Priority", 0,
                "Action", Map.of("Block", Map.of()),
                "Statement", Map.of("GeoMatchStatement", Map.of("CountryCodes", countries)))))));
    }

    /** The logical id of the template's one resource of {@code type}. */
    private static String only(Template template, String type) {
        Map<String, Map<String, Object>> found = template.findResources(type);
        assertThat(found).as(type).hasSize(1);
        return found.keySet().iterator().next();
    }

    @Test
    void directToTheLoadBalancerEachRegionBlocksItsOwnCountries() {
        BLOCKED.forEach((region, countries) -> {
            Template app = template("acme-prod-" + region + "-app");
            app.hasResourceProperties("AWS::WAFv2::WebACL", regionalGeoRule(countries));
            String loadBalancer = only(app, "AWS::ElasticLoadBalancingV2::LoadBalancer");
            app.hasResourceProperties("AWS::WAFv2::WebACLAssociation", Map.of(
                    "ResourceArn", Map.of("Ref", loadBalancer),
                    "WebACLArn", Map.of("Fn::GetAtt", List.of(only(app, "AWS::WAFv2::WebACL"), "Arn"))));
        });
    }

    @Test
    void directToTheApiEachRegionBlocksItsOwnCountries() {
        BLOCKED.forEach((region, countries) -> {
            Template api = template("acme-prod-" + region + "-api");
            api.hasResourceProperties("AWS::WAFv2::WebACL", regionalGeoRule(countries));
            api.hasResourceProperties("AWS::WAFv2::WebACLAssociation", Map.of(
                    "WebACLArn", Map.of("Fn::GetAtt", List.of(only(api, "AWS::WAFv2::WebACL"), "Arn"))));
        });
    }

    @Test
    void throughCloudFrontTheEdgeBlocksEveryCountryOfBothOriginRegions() {
        Template edge = template("acme-prod-global-edge");
        // origins: the primary (us-east-1) and the next region (eu-west-1); ap-southeast-2 is never reached this way
        edge.hasResourceProperties("AWS::WAFv2::WebACL", Map.of("Scope", "CLOUDFRONT", "Rules", Match.arrayWith(List.of(
                Match.objectLike(Map.of(
                        "Name", "BlockedCountries",
                        "Priority", 0,
                        "VisibilityConfig", Map.of("MetricName", "acme-prod-edge-blocked-countries",
                                "CloudWatchMetricsEnabled", true, "SampledRequestsEnabled", true),
                        "Action", Map.of("Block", Map.of()),
                        "Statement", Map.of("GeoMatchStatement", Map.of("CountryCodes", List.of("CN", "RU")))))))));
        edge.hasResourceProperties("AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of(
                "WebACLId", Map.of("Fn::GetAtt", List.of(only(edge, "AWS::WAFv2::WebACL"), "Arn"))))));
        assertThat(edge.findResources("Custom::AWS").values().stream()
                .map(r -> String.valueOf(((Map<?, ?>) r.get("Properties")).get("Create"))).toList())
                .as("the origins are the load balancers of us-east-1 and eu-west-1 only")
                .hasSize(2)
                .anySatisfy(call -> assertThat(call).contains("/acme/prod/us-east-1/app/alb-dns-name"))
                .anySatisfy(call -> assertThat(call).contains("/acme/prod/eu-west-1/app/alb-dns-name"));
    }

    @Test
    void throughGlobalAcceleratorEachLoadBalancerSeesTheViewersAddress() {
        Template accelerator = template("acme-prod-global-accelerator");
        accelerator.resourceCountIs("AWS::GlobalAccelerator::EndpointGroup", BLOCKED.size());
        for (String region : BLOCKED.keySet()) {
            accelerator.hasResourceProperties("AWS::GlobalAccelerator::EndpointGroup", Map.of(
                    "EndpointGroupRegion", region,
                    "EndpointConfigurations", List.of(Map.of(
                            "EndpointId", Map.of("Fn::GetAtt", List.of(
                                    Match.stringLikeRegexp("^AlbArn" + region.replace("-", "")), "Parameter.Value")),
                            "ClientIPPreservationEnabled", true))));
            // the endpoint is the load balancer the region's web ACL is associated with
            Template app = template("acme-prod-" + region + "-app");
            app.hasResourceProperties("AWS::SSM::Parameter", Map.of(
                    "Name", "/acme/prod/" + region + "/app/alb-arn",
                    "Value", Map.of("Ref", only(app, "AWS::ElasticLoadBalancingV2::LoadBalancer"))));
        }
    }
}
