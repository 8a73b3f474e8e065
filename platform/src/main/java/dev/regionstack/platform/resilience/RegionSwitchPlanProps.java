package dev.regionstack.platform.resilience;

import software.amazon.awscdk.services.iam.IRole;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An ARC Region switch plan between an environment's primary region and one other region (a plan spans exactly two).
 *
 * @param name          the plan's name (1-32 characters)
 * @param description   what it moves
 * @param primaryRegion where the application normally runs
 * @param otherRegion   the other region of the plan
 * @param activePassive {@code true}: one region serves (or writes) at a time, so each workflow activates a region;
 *                      {@code false}: both serve, and each region has a workflow to activate and one to deactivate it
 * @param rtoMinutes    the recovery time objective, 1 to 10,080
 * @param executionRole the role ARC assumes to run the steps
 * @param approvalRole  the role whose holders approve an execution, for environments that ask for a person
 * @param aurora        the global database, when the environment has one
 * @param services      region to its ECS service, for the capacity step
 * @param alarms        name to alarm ARN: the regions' health alarms the plan watches
 */
public record RegionSwitchPlanProps(String name, String description, String primaryRegion, String otherRegion,
                                    boolean activePassive, int rtoMinutes, IRole executionRole, Optional<IRole> approvalRole,
                                    Optional<GlobalDatabase> aurora, Map<String, EcsService> services, Map<String, String> alarms) {
    public RegionSwitchPlanProps {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(executionRole, "executionRole");
        if (name.isEmpty() || name.length() > 32) throw new IllegalArgumentException("a plan name has 1 to 32 characters: " + name);
        if (rtoMinutes < 1 || rtoMinutes > 10_080) throw new IllegalArgumentException("rtoMinutes must be 1 to 10080, got " + rtoMinutes);
        approvalRole = approvalRole == null ? Optional.empty() : approvalRole;
        aurora = aurora == null ? Optional.empty() : aurora;
        // insertion order is template order (Map.copyOf would iterate in a per-JVM random order)
        services = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(services));
        alarms = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(alarms));
    }

    /** @param clusterArns the writer's and the secondary's cluster ARNs */
    public record GlobalDatabase(String globalClusterIdentifier, List<String> clusterArns) {
        public GlobalDatabase {
            clusterArns = List.copyOf(clusterArns);
        }
    }

    public record EcsService(String clusterArn, String serviceArn) {}
}
