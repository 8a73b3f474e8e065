package dev.regionstack.app.stacks;

import dev.regionstack.app.TestFleets;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.names.PhysicalNames;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

import static dev.regionstack.app.stacks.GlobalFixtures.app;
import static dev.regionstack.app.stacks.GlobalFixtures.crossRegionReads;
import static org.assertj.core.api.Assertions.assertThat;

/** The example's Region switch plans, on the synthesized template. */
class GlobalResilienceStackTest {
    static final Fleet EXAMPLE = TestFleets.example();
    static final Template PROD = template(EXAMPLE, "prod", true);

    static Template template(Fleet fleet, String env, boolean activePassive) {
        Environment e = fleet.environment(env).orElseThrow();
        return Template.fromStack(new GlobalResilienceStack(app(), "Resilience", software.amazon.awscdk.StackProps.builder()
                .stackName("acme-" + env + "-global-resilience")
                .env(software.amazon.awscdk.Environment.builder().account(e.account()).region("us-east-1").build()).build(),
                fleet, e, activePassive, 5));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plan(Template template, String otherRegion) {
        var plans = template.findResources("AWS::ARCRegionSwitch::Plan", Map.of("Properties", Map.of(
                "Name", PhysicalNames.regionSwitchPlan("acme", "prod", otherRegion))));
        assertThat(plans).hasSize(1);
        return (Map<String, Object>) plans.values().iterator().next().get("Properties");
    }

    @Test
    void onePlanPerRegionBesidesThePrimary() {
        PROD.resourceCountIs("AWS::ARCRegionSwitch::Plan", 2);
        for (String other : List.of("us-east-2", "us-west-2")) {
            PROD.hasResourceProperties("AWS::ARCRegionSwitch::Plan", Map.of(
                    "Name", PhysicalNames.regionSwitchPlan("acme", "prod", other),
                    "PrimaryRegion", "us-east-1", "Regions", List.of("us-east-1", other),
                    "RecoveryApproach", "activePassive", "RecoveryTimeObjectiveMinutes", 5));
        }
        assertThat(PhysicalNames.regionSwitchPlan("acme", "prod", "us-east-2")).matches("prod-us-east-2-[0-9a-f]{6}");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachWorkflowApprovesScalesTheServiceThenMovesTheAuroraWriter() {
        List<Map<String, Object>> workflows = (List<Map<String, Object>>) plan(PROD, "us-east-2").get("Workflows");
        assertThat(workflows).extracting(w -> w.get("WorkflowTargetAction") + " " + w.get("WorkflowTargetRegion"))
                .containsExactly("activate us-east-1", "activate us-east-2");
        for (Map<String, Object> workflow : workflows) {
            assertThat((List<Map<String, Object>>) workflow.get("Steps")).extracting(s -> s.get("ExecutionBlockType"))
                    .containsExactly("ManualApproval", "ECSServiceScaling", "AuroraGlobalDatabase");
        }
        PROD.hasResourceProperties("AWS::ARCRegionSwitch::Plan", Map.of("Name", PhysicalNames.regionSwitchPlan("acme", "prod", "us-east-2"),
                "Workflows", Match.arrayWith(List.of(Match.objectLike(Map.of("Steps", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "ExecutionBlockConfiguration", Map.of("GlobalAuroraConfig", Map.of(
                                "Behavior", "switchoverOnly", "Ungraceful", Map.of("Ungraceful", "failover"),
                                "GlobalClusterIdentifier", "acme-prod-aurora",
                                "DatabaseClusterArns", List.of(
                                        Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
                                                ":rds:us-east-1:333333333333:cluster:acme-prod-us-east-1-aurora"))),
                                        Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
                                                ":rds:us-east-2:333333333333:cluster:acme-prod-us-east-2-aurora"))))))))))))))));
    }

    @Test
    void theServicesAreReadInTheirRegionsAndTheAlarmsAreTheRegionsHealthAlarms() {
        assertThat(crossRegionReads(PROD)).containsOnlyKeys("us-east-1", "us-east-2", "us-west-2")
                .containsEntry("us-east-2", "/acme/prod/us-east-2/app/ecs-cluster-arn,/acme/prod/us-east-2/app/ecs-service-arn");
        assertThat(plan(PROD, "us-west-2").get("AssociatedAlarms")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsOnlyKeys("acme-prod-us-east-1-alb-target-5xx", "acme-prod-us-east-1-alb-latency-p99",
                        "acme-prod-us-west-2-alb-target-5xx", "acme-prod-us-west-2-alb-latency-p99");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExecutionRoleIsArcsAndOnlyTheActionsWithoutResourceLevelPermissionsNameEverything() {
        PROD.hasResourceProperties("AWS::IAM::Role", Map.of("AssumeRolePolicyDocument", Map.of("Statement", List.of(Map.of(
                "Action", "sts:AssumeRole", "Effect", "Allow", "Principal", Map.of("Service", "arc-region-switch.amazonaws.com"))),
                "Version", "2012-10-17")));
        List<Map<String, Object>> wildcard = PROD.findResources("AWS::IAM::Policy").values().stream()
                .flatMap(p -> ((List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) p.get("Properties"))
                        .get("PolicyDocument")).get("Statement")).stream())
                .filter(s -> "*".equals(s.get("Resource"))).toList();
        assertThat(wildcard).singleElement().satisfies(s -> assertThat(s.get("Action")).isEqualTo(GlobalResilienceStack.UNSCOPED_ACTIONS));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAutoApprovedActiveActiveEnvironmentActivatesAndDeactivatesEachRegionWithoutAurora() {
        Fleet fleet = TestFleets.parse(TestFleets.ACTIVE_ACTIVE);
        Template template = template(fleet, "prod", false);
        List<Map<String, Object>> workflows = (List<Map<String, Object>>) plan(template, "eu-west-1").get("Workflows");
        assertThat(workflows).extracting(w -> w.get("WorkflowTargetAction") + " " + w.get("WorkflowTargetRegion"))
                .containsExactly("activate eu-west-2", "deactivate eu-west-2", "activate eu-west-1", "deactivate eu-west-1");
        assertThat(workflows).allSatisfy(w -> assertThat((List<Map<String, Object>>) w.get("Steps"))
                .extracting(s -> s.get("ExecutionBlockType")).containsExactly("ECSServiceScaling"));
        template.resourceCountIs("AWS::IAM::Role", 1 + 1);   // the execution role, and CDK's custom-resource provider
    }
}
