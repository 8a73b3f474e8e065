package dev.regionstack.app.stacks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regionstack.app.guardrails.GuardrailFleets;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.names.PhysicalNames;
import dev.regionstack.platform.search.SearchCapacity;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code observability.logs: opensearch} on the enterprise test fleet (staging medium, prod large): the domain per
 * region, what streams to it, what waits for it, and the service's sampling rule. Other guardrail tests synthesize
 * the same fleet (cached per JVM), so these assertions cost no synth of their own.
 */
class SearchStackTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Template template(String stack) throws IOException {
        var fleet = GuardrailFleets.get("enterprise");
        return Template.fromJSON(JSON.readValue(fleet.result().outdir().resolve(stack + ".template.json").toFile(), Map.class));
    }

    @Test
    void mediumIsTwoDataNodesOverTwoZonesAndLargeThreeOverThreeWithDedicatedMasters() throws IOException {
        template("shopfront-staging-eu-west-1-search").hasResourceProperties("AWS::OpenSearchService::Domain", Map.of(
                "DomainName", PhysicalNames.searchDomain("shopfront", "staging", "eu-west-1"),
                "ClusterConfig", Match.objectLike(Map.of("InstanceCount", 2, "ZoneAwarenessEnabled", true,
                        "ZoneAwarenessConfig", Map.of("AvailabilityZoneCount", 2), "DedicatedMasterEnabled", false))));
        template("shopfront-prod-us-west-2-search").hasResourceProperties("AWS::OpenSearchService::Domain", Map.of(
                "DomainName", PhysicalNames.searchDomain("shopfront", "prod", "us-west-2"),
                "ClusterConfig", Match.objectLike(Map.of("InstanceCount", 3, "ZoneAwarenessConfig", Map.of("AvailabilityZoneCount", 3),
                        "DedicatedMasterEnabled", true, "DedicatedMasterCount", 3)),
                "EncryptionAtRestOptions", Match.objectLike(Map.of("Enabled", true)),
                "NodeToNodeEncryptionOptions", Map.of("Enabled", true),
                "AdvancedSecurityOptions", Match.objectLike(Map.of("Enabled", true, "InternalUserDatabaseEnabled", false))));
        // large retains data: the domain survives its stack
        template("shopfront-prod-us-west-2-search").hasResource("AWS::OpenSearchService::Domain", Match.objectLike(Map.of(
                "DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain")));
    }

    @Test
    void aLargeRegionOfTwoZonesGetsFourDataNodesSinceOpenSearchWantsAnEvenCountOverTwo() {
        SearchCapacity two = SearchStack.capacity(Sizing.LARGE, 2);
        assertThat(List.of(two.dataNodes(), two.zones(), two.dedicatedMasters())).containsExactly(4, 2, true);
        SearchCapacity small = SearchStack.capacity(Sizing.SMALL, 3);
        assertThat(List.of(small.dataNodes(), small.zones(), small.dedicatedMasters())).containsExactly(1, 1, false);
    }

    @Test
    void theServicesAndTheApisLogGroupsStreamToTheRegionsShipper() throws IOException {
        Map<String, Object> shipper = Map.of("Fn::ImportValue", Match.stringLikeRegexp("shopfront-prod-eu-west-1-search:.*LogShipper.*"));
        Template app = template("shopfront-prod-eu-west-1-app");
        app.resourceCountIs("AWS::Logs::SubscriptionFilter", 1);
        app.hasResourceProperties("AWS::Logs::SubscriptionFilter", Map.of("DestinationArn", shipper, "FilterPattern", "",
                "LogGroupName", Map.of("Ref", Match.stringLikeRegexp("ServiceLogs.*"))));
        Template api = template("shopfront-prod-eu-west-1-api");
        api.resourceCountIs("AWS::Logs::SubscriptionFilter", 6);   // five functions and the stage's access logs
        api.hasResourceProperties("AWS::Lambda::Permission", Map.of("FunctionName", shipper, "Action", "lambda:InvokeFunction",
                "Principal", "logs.eu-west-1.amazonaws.com", "SourceAccount", "626262626262",
                "SourceArn", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("CreditsApiAccessLogs.*"), "Arn"))));
    }

    @Test
    void theAppAndTheApiWaitForTheSearchStackWhichWaitsForTheNetworkAndTheKey() {
        RolloutPlan plan = RolloutPlanner.plan(GuardrailFleets.fleet("enterprise"));
        StackSpec search = plan.stacks().stream().filter(s -> s.name().equals("shopfront-staging-eu-central-1-search")).findFirst().orElseThrow();
        assertThat(search.waitsFor().stream().map(StackSpec.Wait::stack)).containsExactlyInAnyOrder("shopfront-staging-eu-central-1-network", "shopfront-staging-eu-central-1-security");
        for (String layer : List.of("app", "api")) {
            StackSpec consumer = plan.stacks().stream().filter(s -> s.name().equals("shopfront-staging-eu-central-1-" + layer)).findFirst().orElseThrow();
            assertThat(consumer.waitsFor().stream().map(StackSpec.Wait::stack)).contains("shopfront-staging-eu-central-1-search");
        }
    }

    @Test
    void theServiceIsSampledAtTheSizingsRateUnderItsOwnName() throws IOException {
        template("shopfront-prod-us-east-1-observability").hasResourceProperties("AWS::XRay::SamplingRule", Map.of("SamplingRule", Match.objectLike(Map.of(
                "RuleName", PhysicalNames.samplingRule("shopfront", "prod", "us-east-1"), "FixedRate", 0.05, "ReservoirSize", 1,
                "Priority", 100, "ServiceName", "shopfront-prod", "ServiceType", "*", "Host", "*", "HTTPMethod", "*", "URLPath", "*",
                "ResourceARN", "*"))));
        template("shopfront-staging-eu-west-2-observability").hasResourceProperties("AWS::XRay::SamplingRule", Map.of("SamplingRule",
                Match.objectLike(Map.of("FixedRate", 0.02, "ServiceName", "shopfront-staging"))));
        template("shopfront-prod-us-east-1-app").hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions",
                Match.arrayWith(List.of(Match.objectLike(Map.of("Name", "app", "Environment", Match.arrayWith(List.of(
                        Map.of("Name", "OTEL_SERVICE_NAME", "Value", "shopfront-prod"),
                        Map.of("Name", "AWS_XRAY_TRACING_NAME", "Value", "shopfront-prod")))))))));
    }
}
