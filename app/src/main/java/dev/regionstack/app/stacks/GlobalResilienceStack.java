package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Approval;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.names.PhysicalNames;
import dev.regionstack.platform.crossregion.CrossRegionParameter;
import dev.regionstack.platform.crossregion.CrossRegionParameterProps;
import dev.regionstack.platform.crossregion.ParameterNames;
import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.SuppressionRule;
import dev.regionstack.platform.resilience.RegionSwitchPlan;
import dev.regionstack.platform.resilience.RegionSwitchPlanProps;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.iam.AccountRootPrincipal;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code <project>-<env>-global-resilience}, in us-east-1, where ARC Region switch's control plane lives (its API
 * endpoint for plans is {@code arc-region-switch-control-plane.us-east-1}); ARC runs each execution from the region
 * it activates. A plan spans exactly two regions, so an environment gets one plan per region besides the primary
 * ({@code <env>-<region>-<hash>}, see {@link PhysicalNames#regionSwitchPlan}), all run by one execution role that
 * may act only on this environment's global database and clusters, its ECS services, and its alarms. Each region's
 * ECS cluster and service ARNs are read at deploy time from that region's app parameters.
 */
public final class GlobalResilienceStack extends Stack implements Guarded {
    /**
     * The execution role's only statement on Resource *: these actions take no resource-level permissions (AWS's
     * sample policy for Region switch's ECS block). A suppression's reason says so; GlobalResilienceStackTest checks it.
     */
    public static final List<String> UNSCOPED_ACTIONS = List.of("ecs:ListServices",
            "application-autoscaling:DescribeScalableTargets", "application-autoscaling:RegisterScalableTarget",
            "cloudwatch:GetMetricStatistics");
    private final Map<String, RegionSwitchPlan> plans = new LinkedHashMap<>();

    /**
     * @param activePassive one region serves at a time (Aurora's single writer, or failover routing)
     * @param rtoMinutes    the recovery time objective
     */
    public GlobalResilienceStack(Construct scope, String id, StackProps props, Fleet fleet, Environment environment,
                                 boolean activePassive, int rtoMinutes) {
        super(scope, id, props);
        String project = fleet.project();
        String env = environment.name();
        Deployment primary = environment.primary();
        boolean aurora = primary.settings().has(Component.DATA) && primary.settings().data().aurora().isPresent();

        Role execution = Role.Builder.create(this, "ExecutionRole")
                .assumedBy(new ServicePrincipal("arc-region-switch.amazonaws.com"))
                .description("ARC Region switch runs the plans of " + PhysicalNames.prefix(project, env) + " with this role")
                .build();
        Optional<IRole> approver = environment.approval() == Approval.MANUAL
                ? Optional.of(Role.Builder.create(this, "ApproverRole").assumedBy(new AccountRootPrincipal())
                        .description("Whoever may assume this role approves the Region switch executions of " + PhysicalNames.prefix(project, env))
                        .build())
                : Optional.empty();

        Map<String, RegionSwitchPlanProps.EcsService> services = new LinkedHashMap<>();
        Map<String, String> alarms = new LinkedHashMap<>();
        List<String> clusterArns = new ArrayList<>();
        for (Deployment d : environment.deployments()) {
            String region = d.region();
            if (d.settings().has(Component.APP)) {
                services.put(region, new RegionSwitchPlanProps.EcsService(
                        read(project, env, region, AppStack.ECS_CLUSTER_ARN, "EcsCluster-"),
                        read(project, env, region, AppStack.ECS_SERVICE_ARN, "EcsService-")));
                if (d.settings().has(Component.OBSERVABILITY)) {
                    for (String alarm : List.of("alb-target-5xx", "alb-latency-p99")) {
                        String name = PhysicalNames.alarm(project, env, region, alarm);
                        alarms.put(name, "arn:" + getPartition() + ":cloudwatch:" + region + ":" + getAccount() + ":alarm:" + name);
                    }
                }
            }
            if (aurora) clusterArns.add("arn:" + getPartition() + ":rds:" + region + ":" + getAccount() + ":cluster:"
                    + DataStack.auroraClusterIdentifier(d));
        }
        String global = PhysicalNames.auroraGlobalCluster(project, env);
        grant(execution, services, alarms, aurora ? Optional.of(global) : Optional.empty(), clusterArns);

        for (Deployment other : environment.deployments()) {
            if (other.primary()) continue;
            String region = other.region();
            Map<String, RegionSwitchPlanProps.EcsService> pair = new LinkedHashMap<>();
            for (String r : List.of(primary.region(), region)) if (services.containsKey(r)) pair.put(r, services.get(r));
            Map<String, String> pairAlarms = new LinkedHashMap<>();
            alarms.forEach((name, arn) -> {
                if (arn.contains(":" + primary.region() + ":") || arn.contains(":" + region + ":")) pairAlarms.put(name, arn);
            });
            String planName = PhysicalNames.regionSwitchPlan(project, env, region);
            RegionSwitchPlan plan = new RegionSwitchPlan(this, "Plan-" + region, new RegionSwitchPlanProps(
                    planName, PhysicalNames.prefix(project, env) + ": " + primary.region() + " and " + region,
                    primary.region(), region, activePassive, rtoMinutes, execution, approver,
                    aurora ? Optional.of(new RegionSwitchPlanProps.GlobalDatabase(global, List.of(
                            clusterArns.get(environment.deployments().indexOf(primary)),
                            clusterArns.get(environment.deployments().indexOf(other))))) : Optional.empty(),
                    pair, pairAlarms));
            plans.put(region, plan);
            CfnOutput.Builder.create(this, "PlanArn-" + region).value(plan.planArn())
                    .description("The Region switch plan between " + primary.region() + " and " + region).build();
        }
        approver.ifPresent(role -> role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("arc-region-switch:ApprovePlanExecutionStep", "arc-region-switch:GetPlanExecution"))
                .resources(plans.values().stream().map(RegionSwitchPlan::planArn).toList()).build()));
    }

    /** What the execution blocks call, on this environment's resources only (AWS's sample policies per block). */
    private static void grant(Role role, Map<String, RegionSwitchPlanProps.EcsService> services, Map<String, String> alarms,
                              Optional<String> global, List<String> clusterArns) {
        if (!services.isEmpty()) {
            role.addToPolicy(PolicyStatement.Builder.create().actions(List.of("ecs:DescribeServices", "ecs:UpdateService"))
                    .resources(services.values().stream().map(RegionSwitchPlanProps.EcsService::serviceArn).toList()).build());
            role.addToPolicy(PolicyStatement.Builder.create().actions(List.of("ecs:DescribeClusters"))
                    .resources(services.values().stream().map(RegionSwitchPlanProps.EcsService::clusterArn).toList()).build());
            role.addToPolicy(PolicyStatement.Builder.create().actions(UNSCOPED_ACTIONS).resources(List.of("*")).build());
        }
        if (!alarms.isEmpty()) {
            role.addToPolicy(PolicyStatement.Builder.create().actions(List.of("cloudwatch:DescribeAlarms"))
                    .resources(List.copyOf(alarms.values())).build());
        }
        global.ifPresent(id -> {
            List<String> resources = new ArrayList<>();
            resources.add("arn:" + Stack.of(role).getPartition() + ":rds::" + Stack.of(role).getAccount() + ":global-cluster:" + id);
            resources.addAll(clusterArns);
            role.addToPolicy(PolicyStatement.Builder.create().actions(List.of("rds:DescribeGlobalClusters", "rds:DescribeDBClusters",
                    "rds:FailoverGlobalCluster", "rds:SwitchoverGlobalCluster")).resources(resources).build());
        });
    }

    private String read(String project, String env, String region, String key, String idPrefix) {
        return new CrossRegionParameter(this, idPrefix + region, new CrossRegionParameterProps(
                ParameterNames.of(project, env, region, AppStack.LAYER, key), region)).value();
    }

    /** Region to the plan between the primary and it. */
    public Map<String, RegionSwitchPlan> plans() { return java.util.Collections.unmodifiableMap(plans); }

    @Override public List<SuppressionRule> suppressions() { return GlobalResilienceSuppressions.ALL; }
}
