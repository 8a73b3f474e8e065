package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Release;
import dev.regionstack.names.PhysicalNames;
import dev.regionstack.platform.network.NatAddresses;
import dev.regionstack.platform.service.BlueGreenSettings;
import dev.regionstack.platform.service.RollbackAlarmsProps;
import software.amazon.awscdk.services.ec2.IVpc;

import java.util.Optional;

/**
 * How a deployment's service releases: with {@code Settings.release()} {@code BLUE_GREEN} (medium and large, or
 * {@code app.deployment: blueGreen}), ECS's native blue/green with the fixed bake time
 * {@link BlueGreenSettings#DEFAULT_BAKE_TIME}, rollback alarms {@code <p>-<env>-<region>-rollback-*} at the fleet's
 * p99 latency threshold, and a test listener that only this region's VPC reaches (through its NAT gateways'
 * addresses: the source of the private tier's traffic to the internet-facing load balancer). Otherwise rolling.
 */
final class BlueGreenReleases {
    private BlueGreenReleases() {}

    static Optional<BlueGreenSettings> of(Deployment deployment, IVpc vpc) {
        if (deployment.settings().release() != Release.BLUE_GREEN) return Optional.empty();
        String p = deployment.project(), e = deployment.environment(), r = deployment.region();
        RollbackAlarmsProps alarms = new RollbackAlarmsProps(
                PhysicalNames.alarm(p, e, r, "rollback-latency-p99"),
                PhysicalNames.alarm(p, e, r, "rollback-target-5xx"),
                PhysicalNames.alarm(p, e, r, "rollback-elb-5xx"),
                deployment.settings().alarms().latencyP99Ms());
        return Optional.of(new BlueGreenSettings(BlueGreenSettings.DEFAULT_BAKE_TIME, NatAddresses.of(vpc), alarms));
    }
}
