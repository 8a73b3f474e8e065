package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What ECS's native blue/green release adds to the network paths: a service's load balancer binding names an
 * alternate target group and a production and a test listener rule ({@code AdvancedConfiguration}). The test
 * listener is not for the internet; the VPC's private tier reaches it through its NAT gateways, whose public
 * addresses are the source of that traffic at an internet-facing load balancer.
 */
final class BlueGreenPaths {
    private BlueGreenPaths() {}

    /** The listeners of a load balancer that some service's binding names as its test listener (by rule). */
    static Set<Resource> testListeners(Resolver resolver, Resource lb) {
        Set<Resource> found = new LinkedHashSet<>();
        for (Resource service : resolver.model().resources("AWS::ECS::Service")) {
            for (JsonNode binding : service.property("LoadBalancers")) {
                JsonNode advanced = binding.path("AdvancedConfiguration");
                if (advanced.isMissingNode()) continue;
                listenerOfRule(resolver, service, advanced.path("TestListenerRule"))
                        .filter(l -> resolver.property(l, "LoadBalancerArn").target().filter(lb::equals).isPresent())
                        .ifPresent(found::add);
            }
        }
        return found;
    }

    /** The listener a rule (named by an expression in {@code where}'s stack) belongs to. */
    static Optional<Resource> listenerOfRule(Resolver resolver, Resource where, JsonNode ruleArn) {
        return resolver.resolve(where.stack(), ruleArn).target()
                .filter(r -> r.type().equals("AWS::ElasticLoadBalancingV2::ListenerRule"))
                .flatMap(rule -> resolver.property(rule, "ListenerArn").target());
    }

    /** The target groups an action list (a listener's default actions, or a rule's actions) forwards to. */
    static List<Resource> forwardedTo(Resolver resolver, Resource owner, JsonNode actions) {
        List<Resource> groups = new ArrayList<>();
        for (JsonNode action : actions) {
            List<JsonNode> arns = new ArrayList<>();
            arns.add(action.path("TargetGroupArn"));
            action.path("ForwardConfig").path("TargetGroups").forEach(g -> arns.add(g.path("TargetGroupArn")));
            for (JsonNode arn : arns) {
                if (!arn.isMissingNode()) resolver.resolve(owner.stack(), arn).target().ifPresent(groups::add);
            }
        }
        return groups;
    }

    /** The Elastic IPs of the NAT gateways in the VPC of a component's subnets. */
    static List<Resource> natAddresses(Resolver resolver, Network network, Network.Component component) {
        Optional<Resource> vpc = component.subnets().stream().findFirst().flatMap(network::vpc);
        List<Resource> found = new ArrayList<>();
        if (vpc.isEmpty()) return found;
        for (Resource nat : resolver.model().resources("AWS::EC2::NatGateway")) {
            Optional<Resource> subnet = resolver.property(nat, "SubnetId").target();
            if (subnet.flatMap(network::vpc).filter(vpc.get()::equals).isEmpty()) continue;
            resolver.property(nat, "AllocationId").target().filter(e -> e.type().equals("AWS::EC2::EIP")).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Each blue/green binding's production and test rules forward to both its target groups (ECS shifts the weights
     * between them), and the alternate group is one the load balancer forwards to.
     */
    static void checkRules(Resolver resolver, Findings f) {
        for (Resource service : resolver.model().resources("AWS::ECS::Service")) {
            for (JsonNode binding : service.property("LoadBalancers")) {
                JsonNode advanced = binding.path("AdvancedConfiguration");
                if (advanced.isMissingNode()) continue;
                Optional<Resource> blue = resolver.resolve(service.stack(), binding.path("TargetGroupArn")).target();
                Optional<Resource> green = resolver.resolve(service.stack(), advanced.path("AlternateTargetGroupArn")).target();
                for (String key : List.of("ProductionListenerRule", "TestListenerRule")) {
                    if (advanced.path(key).isMissingNode()) continue;
                    Optional<Resource> rule = resolver.resolve(service.stack(), advanced.path(key)).target()
                            .filter(r -> r.type().equals("AWS::ElasticLoadBalancingV2::ListenerRule"));
                    List<Resource> groups = rule.map(r -> forwardedTo(resolver, r, r.property("Actions"))).orElse(List.of());
                    f.expect(rule.isPresent() && blue.isPresent() && green.isPresent() && groups.contains(blue.get())
                                    && groups.contains(green.get()), service.stack().name(), service.logicalId(),
                            "the blue/green " + key + " " + rule.map(Resource::id).orElse("(not a listener rule of the assembly)")
                                    + " does not forward to both the target group and the alternate target group",
                            "forward the rule to both target groups (weights 100 and 0); ECS shifts the weights during a release");
                }
            }
        }
    }
}
