package dev.regionstack.app.resilience;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.LayerSelection;
import dev.regionstack.app.rollout.StackNames;
import dev.regionstack.fleet.model.Approval;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.names.PhysicalNames;

import java.util.ArrayList;
import java.util.List;

/**
 * The ordered steps that move an environment's traffic and writers to another region, derived from the fleet: a
 * person's approval where the environment asks for one, the Aurora global database's switchover (planned) or
 * failover (region loss), the target service's capacity raised to the primary's, and the DNS health checks that
 * move clients. Nothing is needed for the global table: every replica already takes writes.
 */
public final class RecoverySteps {
    private RecoverySteps() {}

    /**
     * @param from    the region writers and traffic leave (the primary, for a failover)
     * @param to      the region that takes over
     * @param planned a switchover with both regions healthy (no data loss) rather than a region loss
     */
    public static List<RecoveryStep> of(Fleet fleet, Environment e, String from, String to, boolean planned) {
        Deployment target = e.deployments().stream().filter(d -> d.region().equals(to)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(to + " is not a region of " + e.name()));
        Deployment source = e.deployments().stream().filter(d -> d.region().equals(from)).findFirst().orElseThrow();
        String p = fleet.project();
        List<RecoveryStep> steps = new ArrayList<>();
        if (e.approval() == Approval.MANUAL) {
            steps.add(new RecoveryStep("Approval", "a person approves moving " + e.name() + " to " + to
                    + " (the environment has approval: manual)", List.of(), true));
        }
        boolean aurora = target.settings().has(Component.DATA) && target.settings().data().aurora().isPresent();
        if (aurora) {
            String global = PhysicalNames.auroraGlobalCluster(p, e.name());
            String cluster = "arn:aws:rds:" + to + ":" + e.account() + ":cluster:" + PhysicalNames.auroraCluster(p, e.name(), to);
            steps.add(planned
                    ? new RecoveryStep("Aurora switchover", "the writer of " + global + " moves to " + to
                            + " once it has caught up (no data loss); " + from + " becomes a secondary",
                    List.of("aws rds switchover-global-cluster --region " + to + " --global-cluster-identifier " + global
                            + " --target-db-cluster-identifier " + cluster), true)
                    : new RecoveryStep("Aurora failover", "the secondary in " + to + " of " + global
                            + " becomes the writer; commits " + from + " had not replicated are lost",
                    List.of("aws rds failover-global-cluster --region " + to + " --global-cluster-identifier " + global
                            + " --target-db-cluster-identifier " + cluster + " --allow-data-loss"), true));
        }
        if (target.settings().has(Component.APP)) {
            int min = Math.max(source.settings().app().minTasks(), target.settings().app().minTasks());
            int max = Math.max(min, target.settings().app().maxTasks());
            String stack = StackNames.of(p, e.name(), to, Layer.APP);
            steps.add(new RecoveryStep("ECS capacity", "the service in " + to + " runs at least the " + min
                    + " tasks the primary runs at its least, before clients arrive",
                    List.of("service=$(aws cloudformation describe-stack-resources --region " + to + " --stack-name " + stack
                                    + " --query \"StackResources[?ResourceType=='AWS::ECS::Service'].PhysicalResourceId\" --output text)",
                            "aws application-autoscaling register-scalable-target --region " + to + " --service-namespace ecs"
                                    + " --scalable-dimension ecs:service:DesiredCount --resource-id \"service/${service#*:service/}\""
                                    + " --min-capacity " + min + " --max-capacity " + max), true));
        }
        if (LayerSelection.hasDns(fleet, e) && target.settings().has(Component.APP)) {
            String leaving = Resilience.regionalName(fleet, e, from);
            String lookup = "check=$(aws route53 list-health-checks --query \"HealthChecks[?HealthCheckConfig.FullyQualifiedDomainName=='"
                    + leaving + "'].Id\" --output text)";
            steps.add(planned
                    ? new RecoveryStep("Route53 health checks", "the health check of " + from
                            + " is inverted so the routed records send clients to the other regions",
                    List.of(lookup, "aws route53 update-health-check --health-check-id \"$check\" --inverted"), false)
                    : new RecoveryStep("Route53 health checks", "nothing to change: the health check of " + from
                            + " fails and the routed records move clients in about " + ResilienceAssessment.DNS_FAILOVER_SECONDS
                            + " s; check that it reads unhealthy",
                    List.of(lookup, "aws route53 get-health-check-status --health-check-id \"$check\""), false));
            steps.add(new RecoveryStep("Check", "the routed name answers from a healthy region",
                    List.of("curl -fsS https://" + Resilience.routedName(fleet, e) + target.settings().app().healthPath()), false));
        }
        return steps;
    }
}
