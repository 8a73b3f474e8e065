package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The network of the assembly as EC2 will build it: security groups with their rules (inline and standalone, in any
 * stack), subnets with their tier (public: a default route to an internet gateway; isolated: no default route), and
 * the resources that sit in subnets behind security groups (load balancers, ECS services, database clusters,
 * interface endpoints, functions in a VPC, OpenSearch domains in a VPC).
 */
final class Network {
    enum Kind { LOAD_BALANCER, SERVICE, DATABASE, ENDPOINT, FUNCTION, SEARCH_DOMAIN }

    enum Tier { PUBLIC, PRIVATE, ISOLATED }

    /** Where a rule admits traffic from (ingress) or to (egress). */
    sealed interface Peer permits Cidr, Group, PrefixList, Address {}

    record Cidr(IPAddress block) implements Peer {
        boolean everywhere() { return block.getPrefixLength() != null && block.getPrefixLength() == 0; }
    }

    record Group(Resource group) implements Peer {}

    record PrefixList(String id) implements Peer {}

    /** The public address of an Elastic IP of the assembly, {@code <PublicIp>/32}: known only at deploy time. */
    record Address(Resource eip) implements Peer {}

    /**
     * One security group rule.
     *
     * @param declaredIn the resource that declares it (the group itself, or a standalone ingress/egress resource)
     * @param label      how messages name it
     */
    record Rule(Resource group, boolean ingress, String protocol, int fromPort, int toPort, Peer peer, Resource declaredIn, String label) {
        boolean admitsTcp(int port) {
            boolean tcp = protocol.equals("-1") || protocol.equalsIgnoreCase("tcp") || protocol.equals("6");
            return tcp && (protocol.equals("-1") || (port >= fromPort && port <= toPort));
        }
    }

    /** A resource with network interfaces. */
    record Component(Resource resource, Kind kind, List<Resource> groups, List<Resource> subnets) {}

    private final Resolver resolver;
    private final Map<Resource, List<Rule>> rules = new LinkedHashMap<>();
    private final List<Component> components = new ArrayList<>();
    private final Map<Resource, Tier> tiers = new HashMap<>();
    private final Set<Resource> routeTablesToInternet = new HashSet<>();
    private final Set<Resource> internetRoutes = new HashSet<>();

    Network(Resolver resolver) {
        this.resolver = resolver;
        AssemblyModel model = resolver.model();
        for (Resource sg : model.resources("AWS::EC2::SecurityGroup")) {
            rules.put(sg, new ArrayList<>());
            int i = 0;
            for (JsonNode rule : sg.property("SecurityGroupIngress")) rule(sg, true, rule, sg, "ingress rule " + i++);
            i = 0;
            for (JsonNode rule : sg.property("SecurityGroupEgress")) rule(sg, false, rule, sg, "egress rule " + i++);
        }
        for (boolean ingress : new boolean[] {true, false}) {
            for (Resource r : model.resources(ingress ? "AWS::EC2::SecurityGroupIngress" : "AWS::EC2::SecurityGroupEgress")) {
                resolver.property(r, "GroupId").target().filter(g -> rules.containsKey(g))
                        .ifPresent(g -> rule(g, ingress, r.properties(), r, r.logicalId()));
            }
        }
        tiers(model);
        for (Resource lb : model.resources("AWS::ElasticLoadBalancingV2::LoadBalancer")) {
            components.add(new Component(lb, Kind.LOAD_BALANCER, groups(lb, "SecurityGroups"), subnets(lb, "Subnets")));
        }
        for (Resource service : model.resources("AWS::ECS::Service")) {
            components.add(new Component(service, Kind.SERVICE,
                    groups(service, "NetworkConfiguration", "AwsvpcConfiguration", "SecurityGroups"),
                    subnets(service, "NetworkConfiguration", "AwsvpcConfiguration", "Subnets")));
        }
        for (Resource cluster : model.resources("AWS::RDS::DBCluster")) {
            List<Resource> subnets = resolver.property(cluster, "DBSubnetGroupName").target()
                    .map(group -> subnets(group, "SubnetIds")).orElse(List.of());
            components.add(new Component(cluster, Kind.DATABASE, groups(cluster, "VpcSecurityGroupIds"), subnets));
        }
        for (Resource endpoint : model.resources("AWS::EC2::VPCEndpoint")) {
            if (!resolver.property(endpoint, "VpcEndpointType").literal().orElse("Gateway").equals("Interface")
                    && endpoint.property("SecurityGroupIds").isMissingNode()) continue;
            components.add(new Component(endpoint, Kind.ENDPOINT, groups(endpoint, "SecurityGroupIds"), subnets(endpoint, "SubnetIds")));
        }
        for (Resource domain : model.resources("AWS::OpenSearchService::Domain")) {
            if (domain.property("VPCOptions").isMissingNode()) continue;
            components.add(new Component(domain, Kind.SEARCH_DOMAIN, groups(domain, "VPCOptions", "SecurityGroupIds"),
                    subnets(domain, "VPCOptions", "SubnetIds")));
        }
        for (Resource function : model.resources("AWS::Lambda::Function")) {
            if (function.property("VpcConfig").isMissingNode()) continue;
            components.add(new Component(function, Kind.FUNCTION, groups(function, "VpcConfig", "SecurityGroupIds"),
                    subnets(function, "VpcConfig", "SubnetIds")));
        }
    }

    private void rule(Resource group, boolean ingress, JsonNode rule, Resource declaredIn, String label) {
        String protocol = resolver.resolve(declaredIn.stack(), rule.path("IpProtocol")).literal().orElse("-1");
        int from = port(declaredIn, rule.path("FromPort"), 0);
        int to = port(declaredIn, rule.path("ToPort"), 65535);
        String side = ingress ? "Source" : "Destination";
        Peer peer = null;
        if (rule.has("CidrIp")) {
            Value cidrIp = resolver.resolve(declaredIn.stack(), rule.get("CidrIp"));
            peer = cidr(cidrIp).<Peer>map(Cidr::new).or(() -> elasticIp(cidrIp).map(Address::new)).orElse(null);
        }
        else if (rule.has("CidrIpv6")) peer = cidr(resolver.resolve(declaredIn.stack(), rule.get("CidrIpv6"))).map(Cidr::new).orElse(null);
        else if (rule.has(side + "SecurityGroupId")) {
            peer = resolver.resolve(declaredIn.stack(), rule.get(side + "SecurityGroupId")).target().map(Group::new).orElse(null);
        } else if (rule.has(side + "PrefixListId")) {
            peer = new PrefixList(resolver.resolve(declaredIn.stack(), rule.get(side + "PrefixListId")).literal().orElse("?"));
        }
        if (peer == null) return;
        rules.get(group).add(new Rule(group, ingress, protocol, from, to, peer, declaredIn, label));
    }

    /** The Elastic IP of {@code <eip>.PublicIp + "/32"}. */
    private static Optional<Resource> elasticIp(Value value) {
        if (!(value instanceof Value.Join j) || j.parts().size() != 2 || !j.parts().get(1).literal().filter("/32"::equals).isPresent()) {
            return Optional.empty();
        }
        return j.parts().get(0).asAttr().filter(a -> a.attribute().equals("PublicIp") && a.resource().type().equals("AWS::EC2::EIP"))
                .map(Value.Attr::resource);
    }

    private int port(Resource r, JsonNode node, int absent) {
        if (node.isMissingNode()) return absent;
        return resolver.resolve(r.stack(), node).literal().map(Integer::parseInt).orElse(absent);
    }

    /** A CIDR block from literal text, or from the CidrBlock of the VPC or subnet a value refers to. */
    Optional<IPAddress> cidr(Value value) {
        Optional<String> text = value.literal();
        if (text.isEmpty()) {
            text = value.asAttr().filter(a -> a.attribute().equals("CidrBlock"))
                    .flatMap(a -> resolver.property(a.resource(), "CidrBlock").literal());
        }
        return text.map(t -> new IPAddressString(t).getAddress());
    }

    private List<Resource> groups(Resource r, String... path) {
        List<Resource> found = new ArrayList<>();
        for (Value v : resolver.property(r, path).items()) v.target().filter(rules::containsKey).ifPresent(found::add);
        return found;
    }

    private List<Resource> subnets(Resource r, String... path) {
        List<Resource> found = new ArrayList<>();
        for (Value v : resolver.property(r, path).items()) v.target().filter(s -> s.type().equals("AWS::EC2::Subnet")).ifPresent(found::add);
        return found;
    }

    private void tiers(AssemblyModel model) {
        Map<Resource, String> defaultRoutes = new HashMap<>();
        for (Resource route : model.resources("AWS::EC2::Route")) {
            Optional<String> destination = resolver.property(route, "DestinationCidrBlock").literal();
            Optional<Resource> table = resolver.property(route, "RouteTableId").target();
            if (table.isEmpty()) continue;
            boolean toInternet = resolver.property(route, "GatewayId").target()
                    .filter(g -> g.type().equals("AWS::EC2::InternetGateway")).isPresent();
            if (toInternet) routeTablesToInternet.add(table.get());
            if (destination.filter("0.0.0.0/0"::equals).isPresent()) defaultRoutes.put(table.get(), toInternet ? "igw" : "nat");
        }
        for (Resource association : model.resources("AWS::EC2::SubnetRouteTableAssociation")) {
            Optional<Resource> subnet = resolver.property(association, "SubnetId").target();
            Optional<Resource> table = resolver.property(association, "RouteTableId").target();
            if (subnet.isEmpty() || table.isEmpty()) continue;
            String route = defaultRoutes.get(table.get());
            tiers.put(subnet.get(), route == null ? Tier.ISOLATED : route.equals("igw") ? Tier.PUBLIC : Tier.PRIVATE);
            if (routeTablesToInternet.contains(table.get())) internetRoutes.add(subnet.get());
        }
    }

    List<Component> components() { return List.copyOf(components); }

    List<Rule> rules(Resource group) { return rules.getOrDefault(group, List.of()); }

    /** The egress rules of a group; a group that declares none has EC2's default allow-all rule. */
    List<Rule> egress(Resource group) {
        List<Rule> out = rules(group).stream().filter(r -> !r.ingress()).toList();
        if (!out.isEmpty()) return out;
        return List.of(new Rule(group, false, "-1", 0, 65535, new Cidr(new IPAddressString("0.0.0.0/0").getAddress()), group, "default egress"));
    }

    Optional<Tier> tier(Resource subnet) { return Optional.ofNullable(tiers.get(subnet)); }

    /** Whether the subnet's route table routes anything to an internet gateway. */
    boolean routesToInternet(Resource subnet) { return internetRoutes.contains(subnet); }

    /** The CIDR block of a subnet. */
    Optional<IPAddress> block(Resource subnet) { return cidr(resolver.property(subnet, "CidrBlock")); }

    /** The subnets of a VPC in a tier. */
    List<Resource> subnets(Resource vpc, Tier tier) {
        List<Resource> found = new ArrayList<>();
        tiers.forEach((subnet, t) -> {
            if (t == tier && resolver.property(subnet, "VpcId").target().filter(vpc::equals).isPresent()) found.add(subnet);
        });
        found.sort(java.util.Comparator.comparing(Resource::id));
        return found;
    }

    /** The VPC a subnet belongs to. */
    Optional<Resource> vpc(Resource subnet) { return resolver.property(subnet, "VpcId").target(); }
}
