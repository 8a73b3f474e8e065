package dev.regionstack.platform.resilience;

import software.amazon.awscdk.services.arcregionswitch.CfnPlan;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An ARC Region switch plan ({@code AWS::ARCRegionSwitch::Plan}) whose workflows activate either region: a person's
 * approval where the environment asks for one, then the target's ECS service raised to the capacity the other
 * region ran in the last 24 hours, then (active/passive with a global database) the Aurora switchover, which becomes
 * a failover when the execution is ungraceful (the other region is lost). ARC runs an execution from the region it
 * activates, so a region loss never needs the lost region. Traffic follows by itself: the routed records carry each
 * region's health check, so the plan holds no Route53 block (one would replace those checks with ARC's own).
 */
public final class RegionSwitchPlan extends Construct {
    /** ARC's name for the approval, ECS and Aurora blocks. */
    static final String APPROVAL = "ManualApproval", ECS = "ECSServiceScaling", AURORA = "AuroraGlobalDatabase";
    private static final int APPROVAL_TIMEOUT_MINUTES = 60;
    /** The approval step's name, which an approver names to ARC. */
    public static final String APPROVAL_STEP = "approve";

    private final CfnPlan plan;

    public RegionSwitchPlan(Construct scope, String id, RegionSwitchPlanProps props) {
        super(scope, id);
        List<String> regions = List.of(props.primaryRegion(), props.otherRegion());
        List<CfnPlan.WorkflowProperty> workflows = new ArrayList<>();
        for (String region : regions) {
            workflows.add(workflow(props, "activate", region));
            if (!props.activePassive()) workflows.add(workflow(props, "deactivate", region));
        }
        Map<String, CfnPlan.AssociatedAlarmProperty> alarms = new TreeMap<>();
        props.alarms().forEach((name, arn) -> alarms.put(name, CfnPlan.AssociatedAlarmProperty.builder()
                .alarmType("applicationHealth").resourceIdentifier(arn).build()));
        plan = CfnPlan.Builder.create(this, "Resource")
                .name(props.name())
                .description(props.description())
                .executionRole(props.executionRole().getRoleArn())
                .primaryRegion(props.primaryRegion())
                .regions(regions)
                .recoveryApproach(props.activePassive() ? "activePassive" : "activeActive")
                .recoveryTimeObjectiveMinutes(props.rtoMinutes())
                .workflows(workflows)
                .associatedAlarms(alarms.isEmpty() ? null : alarms)
                .build();
    }

    private static CfnPlan.WorkflowProperty workflow(RegionSwitchPlanProps props, String action, String region) {
        List<CfnPlan.StepProperty> steps = new ArrayList<>();
        props.approvalRole().ifPresent(role -> steps.add(step(APPROVAL_STEP, APPROVAL,
                "a person approves before anything changes", CfnPlan.ExecutionBlockConfigurationProperty.builder()
                        .executionApprovalConfig(CfnPlan.ExecutionApprovalConfigurationProperty.builder()
                                .approvalRole(role.getRoleArn()).timeoutMinutes(APPROVAL_TIMEOUT_MINUTES).build()).build())));
        if (!props.services().isEmpty()) {
            List<CfnPlan.ServiceProperty> services = props.services().values().stream().map(s -> CfnPlan.ServiceProperty.builder()
                    .clusterArn(s.clusterArn()).serviceArn(s.serviceArn()).build()).toList();
            steps.add(step("scale-service", ECS, "the service of the region taking the traffic runs as many tasks as the other ran",
                    CfnPlan.ExecutionBlockConfigurationProperty.builder()
                            .ecsCapacityIncreaseConfig(CfnPlan.EcsCapacityIncreaseConfigurationProperty.builder()
                                    .services(services).targetPercent(100)
                                    .capacityMonitoringApproach("sampledMaxInLast24Hours").build()).build()));
        }
        if (props.activePassive()) {
            props.aurora().ifPresent(db -> steps.add(step("move-writer", AURORA,
                    "switchover of the global database to the activated region; a failover when the execution is ungraceful",
                    CfnPlan.ExecutionBlockConfigurationProperty.builder()
                            .globalAuroraConfig(CfnPlan.GlobalAuroraConfigurationProperty.builder()
                                    .behavior("switchoverOnly")
                                    .ungraceful(CfnPlan.GlobalAuroraUngracefulProperty.builder().ungraceful("failover").build())
                                    .globalClusterIdentifier(db.globalClusterIdentifier())
                                    .databaseClusterArns(db.clusterArns()).build()).build())));
        }
        return CfnPlan.WorkflowProperty.builder()
                .workflowTargetAction(action).workflowTargetRegion(region)
                .workflowDescription(action + " " + region)
                .steps(steps)
                .build();
    }

    private static CfnPlan.StepProperty step(String name, String type, String description,
                                             CfnPlan.ExecutionBlockConfigurationProperty configuration) {
        return CfnPlan.StepProperty.builder().name(name).executionBlockType(type).description(description)
                .executionBlockConfiguration(configuration).build();
    }

    public String planArn() { return plan.getAttrArn(); }
}
