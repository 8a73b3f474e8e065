package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Dns;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.names.PhysicalNames;
import dev.regionstack.platform.crossregion.CrossRegionParameter;
import dev.regionstack.platform.crossregion.CrossRegionParameterProps;
import dev.regionstack.platform.crossregion.ParameterNames;
import dev.regionstack.platform.edge.AcceleratorEndpoint;
import dev.regionstack.platform.edge.EdgeAccelerator;
import dev.regionstack.platform.edge.EdgeAcceleratorProps;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.globalaccelerator.HealthCheckProtocol;
import software.constructs.Construct;

import java.util.List;
import java.util.Optional;

/**
 * {@code <project>-<env>-global-accelerator}, in us-west-2 (the Global Accelerator API is served only from US West
 * (Oregon), so CloudFormation manages accelerators only from there): an accelerator with a TCP listener on 80 (and
 * 443 with {@code dns}, where the load balancers serve HTTPS) and an endpoint group per region with the app
 * component, each holding that region's load balancer, read at deploy time from
 * {@code /<project>/<env>/<region>/app/alb-arn} in that region. The regional app stacks must be deployed first.
 */
public final class GlobalAcceleratorStack extends Stack {
    private final EdgeAccelerator accelerator;

    public GlobalAcceleratorStack(Construct scope, String id, StackProps props, String project, Environment environment,
                                  Optional<Dns> dns) {
        super(scope, id, props);
        String env = environment.name();
        List<AcceleratorEndpoint> endpoints = environment.deployments().stream()
                .filter(d -> d.settings().has(Component.APP))
                .map(Deployment::region)
                .map(region -> new AcceleratorEndpoint(region, new CrossRegionParameter(this, "AlbArn-" + region,
                        new CrossRegionParameterProps(ParameterNames.of(project, env, region, "app", "alb-arn"), region)).value()))
                .toList();
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("environment " + env
                    + " has no region with the app component; the accelerator needs at least one load balancer");
        }
        boolean https = dns.isPresent();
        accelerator = new EdgeAccelerator(this, "Accelerator", EdgeAcceleratorProps.builder()
                .name(PhysicalNames.accelerator(project, env))
                .ports(https ? List.of(80, 443) : List.of(80))
                .endpoints(endpoints)
                .healthCheckPath(environment.settings().app().healthPath())
                .healthCheckProtocol(https ? HealthCheckProtocol.HTTPS : HealthCheckProtocol.HTTP)
                .healthCheckPort(https ? 443 : 80)
                .build());

        CfnOutput.Builder.create(this, "AcceleratorDnsName").value(accelerator.dnsName())
                .description("Global Accelerator DNS name").build();
        CfnOutput.Builder.create(this, "AcceleratorIpv4Addresses").value(accelerator.ipv4Addresses())
                .description("the accelerator's static anycast IPv4 addresses").build();
    }

    public EdgeAccelerator accelerator() { return accelerator; }
}
