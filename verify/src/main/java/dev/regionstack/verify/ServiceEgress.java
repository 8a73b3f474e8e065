package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/**
 * A service whose collector sidecar remote-writes to Amazon Managed Service for Prometheus ({@link RemoteWrites})
 * reaches the regional {@code aps-workspaces} endpoint on HTTPS: either through an interface endpoint for it in the
 * service's VPC that its security groups let out to, or through NAT, which takes every subnet of the service having
 * a default route to a NAT gateway (the private tier) and a security group letting TCP 443 out to any address.
 */
final class ServiceEgress implements Check {
    private static final int HTTPS = 443;

    @Override
    public String name() { return "egress"; }

    @Override
    public void run(Simulation simulation, Findings f) {
        Resolver resolver = simulation.resolver();
        Network network = new Network(resolver);
        for (Network.Component service : network.components()) {
            if (service.kind() != Network.Kind.SERVICE || !remoteWrites(resolver, service.resource())) continue;
            Optional<Resource> vpc = service.subnets().stream().findFirst().flatMap(network::vpc);
            boolean viaEndpoint = vpc.isPresent() && network.components().stream()
                    .filter(c -> c.kind() == Network.Kind.ENDPOINT && endpointFor(resolver, c.resource(), "aps-workspaces"))
                    .filter(c -> c.subnets().stream().findFirst().flatMap(network::vpc).equals(vpc))
                    .anyMatch(endpoint -> letsOut(network, service, endpoint));
            boolean viaNat = !service.subnets().isEmpty()
                    && service.subnets().stream().allMatch(s -> network.tier(s).orElse(null) == Network.Tier.PRIVATE)
                    && service.groups().stream().anyMatch(g -> network.egress(g).stream()
                    .anyMatch(rule -> rule.admitsTcp(HTTPS) && rule.peer() instanceof Network.Cidr c && c.everywhere()));
            Resource r = service.resource();
            f.expect(viaEndpoint || viaNat, r.stack().name(), r.logicalId(), "the collector sidecar remote-writes to Amazon Managed"
                            + " Service for Prometheus, but the service reaches aps-workspaces." + r.region() + ".amazonaws.com on TCP 443"
                            + " neither through NAT (private subnets, egress to any address) nor through an aps-workspaces interface endpoint",
                    "run the service in private subnets with a NAT gateway and let TCP 443 out, or add the interface endpoint");
        }
    }

    private static boolean remoteWrites(Resolver resolver, Resource service) {
        Optional<Resource> task = resolver.property(service, "TaskDefinition").target();
        if (task.isEmpty()) return false;
        for (JsonNode container : task.get().property("ContainerDefinitions")) {
            for (JsonNode variable : container.path("Environment")) {
                if (!variable.path("Name").asText().equals(RemoteWrites.COLLECTOR_CONFIG)) continue;
                Value value = resolver.resolve(task.get().stack(), variable.path("Value"));
                List<Value> parts = value instanceof Value.Join j ? j.parts() : List.of(value);
                if (parts.stream().anyMatch(p -> p.literal().filter(t -> t.contains("prometheusremotewrite")).isPresent())) return true;
            }
        }
        return false;
    }

    /** Whether an interface endpoint serves {@code com.amazonaws.<region>.<service>}. */
    private static boolean endpointFor(Resolver resolver, Resource endpoint, String service) {
        Value name = resolver.property(endpoint, "ServiceName");
        List<Value> parts = name instanceof Value.Join j ? j.parts() : List.of(name);
        return parts.stream().anyMatch(p -> p.literal().filter(t -> t.endsWith("." + service)).isPresent());
    }

    private static boolean letsOut(Network network, Network.Component service, Network.Component endpoint) {
        return service.groups().stream().anyMatch(g -> network.egress(g).stream().anyMatch(rule -> rule.admitsTcp(HTTPS)
                && (rule.peer() instanceof Network.Cidr c ? c.everywhere() || endpoint.subnets().stream()
                .allMatch(s -> network.block(s).map(b -> c.block().contains(b)).orElse(false))
                : rule.peer() instanceof Network.Group peer && endpoint.groups().contains(peer.group()))));
    }
}
