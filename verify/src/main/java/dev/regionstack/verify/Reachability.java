package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;
import inet.ipaddr.IPAddress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The network paths the platform intends are open, and no other ingress is: internet to each internet-facing load
 * balancer's listeners; CloudFront (origin protocol port) and Global Accelerator (listener ports, client IP preserved:
 * the internet) to the load balancer they front; the load balancer to the ECS service of its target group on the
 * container port; a service to each database whose endpoint its task is given, on the cluster's port; the private
 * tier to interface endpoints on 443; a function in a VPC to the OpenSearch domain whose endpoint it is given, on 443.
 * A database no service is given, or a domain no function is, is unreachable by design: a problem. Nothing
 * in the isolated tier routes to an internet gateway or admits an address from outside private ranges. A blue/green
 * service's test listener is not for the internet: the private tier reaches it through the VPC's NAT gateways
 * ({@link BlueGreenPaths}), and its rules forward to both target groups.
 */
final class Reachability implements Check {
    private static final int HTTPS = 443;
    /** RFC 1918 ranges, the only sources the isolated tier may admit by address. */
    private static final List<IPAddress> PRIVATE = List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16").stream()
            .map(c -> new inet.ipaddr.IPAddressString(c).getAddress()).toList();

    /** One intended path: from a component or from addresses, to a component's port. */
    private record Flow(Optional<Network.Component> from, List<IPAddress> sources, boolean anyAddress,
                        Network.Component to, int port, String what, List<Resource> addresses) {
        Flow(Optional<Network.Component> from, List<IPAddress> sources, boolean anyAddress, Network.Component to, int port, String what) {
            this(from, sources, anyAddress, to, port, what, List.of());
        }
    }

    @Override
    public String name() { return "reachability"; }

    @Override
    public void run(Simulation simulation, Findings f) {
        Resolver resolver = simulation.resolver();
        Network network = new Network(resolver);
        List<Flow> flows = new ArrayList<>();
        List<Network.Component> loadBalancers = of(network, Network.Kind.LOAD_BALANCER);
        for (Network.Component lb : loadBalancers) {
            Set<Resource> testListeners = BlueGreenPaths.testListeners(resolver, lb.resource());
            for (int port : listenerPorts(resolver, lb.resource(), testListeners)) {
                if (internetFacing(resolver, lb.resource())) flows.add(internet(lb, port, "the internet reaches the load balancer's listener"));
            }
            for (Resource test : testListeners) {
                int port = resolver.property(test, "Port").literal().map(Integer::parseInt).orElse(0);
                for (Resource nat : BlueGreenPaths.natAddresses(resolver, network, lb)) {
                    flows.add(new Flow(Optional.empty(), List.of(), false, lb, port,
                            "the private tier reaches the test listener through the NAT gateway " + nat.id(), List.of(nat)));
                }
            }
        }
        BlueGreenPaths.checkRules(resolver, f);
        cloudFront(simulation, f, loadBalancers, flows);
        accelerator(simulation, f, loadBalancers, flows);
        Set<Resource> consumedDatabases = new HashSet<>();
        for (Network.Component service : of(network, Network.Kind.SERVICE)) {
            for (JsonNode binding : service.resource().property("LoadBalancers")) {
                int port = binding.path("ContainerPort").asInt();
                // Blue/green: the tasks also serve from the alternate target group, on the same port.
                for (JsonNode arn : List.of(binding.path("TargetGroupArn"), binding.path("AdvancedConfiguration").path("AlternateTargetGroupArn"))) {
                    if (arn.isMissingNode()) continue;
                    Optional<Resource> group = resolver.resolve(service.resource().stack(), arn).target();
                    for (Network.Component lb : loadBalancers) {
                        if (group.isPresent() && forwardsTo(resolver, lb.resource(), group.get())) {
                            flows.add(new Flow(Optional.of(lb), List.of(), false, service, port, "the load balancer reaches the service"));
                        }
                    }
                }
            }
            for (Network.Component db : databasesGivenTo(resolver, network, service)) {
                consumedDatabases.add(db.resource());
                flows.add(new Flow(Optional.of(service), List.of(), false, db, databasePort(resolver, db.resource()),
                        "the service reaches the database it is given"));
            }
        }
        for (Network.Component endpoint : of(network, Network.Kind.ENDPOINT)) {
            Optional<Resource> vpc = endpoint.subnets().stream().findFirst().flatMap(network::vpc);
            if (vpc.isEmpty()) continue;
            List<IPAddress> privateTier = new ArrayList<>();
            network.subnets(vpc.get(), Network.Tier.PRIVATE).forEach(s -> network.block(s).ifPresent(privateTier::add));
            flows.add(new Flow(Optional.empty(), privateTier, false, endpoint, HTTPS, "the private tier reaches the interface endpoint"));
        }

        Set<Resource> consumedDomains = new HashSet<>();
        for (Network.Component function : of(network, Network.Kind.FUNCTION)) {
            for (Network.Component domain : domainsGivenTo(resolver, network, function)) {
                consumedDomains.add(domain.resource());
                flows.add(new Flow(Optional.of(function), List.of(), false, domain, HTTPS, "the function reaches the OpenSearch domain it is given"));
            }
        }
        for (Network.Component domain : of(network, Network.Kind.SEARCH_DOMAIN)) {
            f.expect(consumedDomains.contains(domain.resource()), domain.resource().stack().name(), domain.resource().logicalId(),
                    "no function in the VPC is given this domain's endpoint, so nothing can write to it",
                    "give the function that indexes into it the endpoint, and admit its security group on 443");
        }

        for (Flow flow : flows) checkOpen(network, f, flow);
        for (Network.Component db : of(network, Network.Kind.DATABASE)) {
            f.expect(consumedDatabases.contains(db.resource()), db.resource().stack().name(), db.resource().logicalId(),
                    "no service is given this database's endpoint, so nothing can use it",
                    "give the service that needs it the endpoint (and the secret), and admit its security group on the database port");
        }
        checkNoOtherIngress(network, f, flows);
        checkIsolatedTier(network, f);
    }

    private static List<Network.Component> of(Network network, Network.Kind kind) {
        return network.components().stream().filter(c -> c.kind() == kind).toList();
    }

    private static Flow internet(Network.Component to, int port, String what) {
        return new Flow(Optional.empty(), List.of(), true, to, port, what);
    }

    private static boolean internetFacing(Resolver resolver, Resource lb) {
        return !resolver.property(lb, "Scheme").literal().orElse("internet-facing").equals("internal");
    }

    private static List<Integer> listenerPorts(Resolver resolver, Resource lb) {
        return listenerPorts(resolver, lb, Set.of());
    }

    /** The ports of the load balancer's listeners, but those of {@code except}. */
    private static List<Integer> listenerPorts(Resolver resolver, Resource lb, Set<Resource> except) {
        List<Integer> ports = new ArrayList<>();
        for (Resource listener : resolver.model().resources("AWS::ElasticLoadBalancingV2::Listener")) {
            if (except.contains(listener) || resolver.property(listener, "LoadBalancerArn").target().filter(lb::equals).isEmpty()) continue;
            resolver.property(listener, "Port").literal().map(Integer::parseInt).ifPresent(ports::add);
        }
        return ports;
    }

    /** Whether a listener of the load balancer forwards to the group, by its default actions or by a rule. */
    private static boolean forwardsTo(Resolver resolver, Resource lb, Resource targetGroup) {
        for (Resource listener : resolver.model().resources("AWS::ElasticLoadBalancingV2::Listener")) {
            if (resolver.property(listener, "LoadBalancerArn").target().filter(lb::equals).isEmpty()) continue;
            if (BlueGreenPaths.forwardedTo(resolver, listener, listener.property("DefaultActions")).contains(targetGroup)) return true;
        }
        for (Resource rule : resolver.model().resources("AWS::ElasticLoadBalancingV2::ListenerRule")) {
            Optional<Resource> listener = resolver.property(rule, "ListenerArn").target();
            if (listener.isEmpty() || resolver.property(listener.get(), "LoadBalancerArn").target().filter(lb::equals).isEmpty()) continue;
            if (BlueGreenPaths.forwardedTo(resolver, rule, rule.property("Actions")).contains(targetGroup)) return true;
        }
        return false;
    }

    /** CloudFront reaches each origin that is a load balancer (directly, or through a Route53 alias) on its origin port. */
    private static void cloudFront(Simulation simulation, Findings f, List<Network.Component> lbs, List<Flow> flows) {
        Resolver resolver = simulation.resolver();
        for (Resource distribution : resolver.model().resources("AWS::CloudFront::Distribution")) {
            for (JsonNode origin : distribution.property("DistributionConfig", "Origins")) {
                JsonNode custom = origin.path("CustomOriginConfig");
                if (custom.isMissingNode()) continue;
                Value domain = resolver.resolve(distribution.stack(), origin.path("DomainName"));
                Optional<Network.Component> lb = loadBalancerNamed(resolver, lbs, domain);
                f.checked();
                if (lb.isEmpty()) {
                    f.missing(distribution.stack().name(), distribution.logicalId(), "the origin " + origin.path("Id").asText()
                                    + " (" + new Arns(resolver).render(domain).orElse("?") + ") leads to no load balancer of the assembly",
                            "point the origin at a load balancer's DNS name, or at a Route53 alias of one");
                    continue;
                }
                String policy = custom.path("OriginProtocolPolicy").asText("match-viewer");
                List<Integer> ports = new ArrayList<>();
                if (!policy.equals("https-only")) ports.add(custom.path("HTTPPort").asInt(80));
                if (!policy.equals("http-only")) ports.add(custom.path("HTTPSPort").asInt(HTTPS));
                for (int port : ports) {
                    f.expect(listenerPorts(resolver, lb.get().resource()).contains(port), distribution.stack().name(), distribution.logicalId(),
                            "CloudFront reaches the origin " + origin.path("Id").asText() + " on port " + port + ", but "
                                    + lb.get().resource().id() + " has no listener there",
                            "listen on the origin port, or change the origin protocol policy");
                    flows.add(internet(lb.get(), port, "CloudFront reaches its origin"));
                }
            }
        }
    }

    /** Global Accelerator reaches each load balancer endpoint on its listener's ports, from the clients' addresses. */
    private static void accelerator(Simulation simulation, Findings f, List<Network.Component> lbs, List<Flow> flows) {
        Resolver resolver = simulation.resolver();
        for (Resource group : resolver.model().resources("AWS::GlobalAccelerator::EndpointGroup")) {
            List<Integer> ports = new ArrayList<>();
            resolver.property(group, "ListenerArn").target().ifPresent(listener -> {
                for (JsonNode range : listener.property("PortRanges")) {
                    for (int p = range.path("FromPort").asInt(); p <= range.path("ToPort").asInt() && ports.size() < 16; p++) ports.add(p);
                }
            });
            for (JsonNode endpoint : group.property("EndpointConfigurations")) {
                Optional<Resource> target = resolver.resolve(group.stack(), endpoint.path("EndpointId")).target();
                Optional<Network.Component> lb = lbs.stream().filter(c -> target.filter(c.resource()::equals).isPresent()).findFirst();
                f.checked();
                if (lb.isEmpty()) {
                    f.missing(group.stack().name(), group.logicalId(), "an endpoint leads to no load balancer of the assembly",
                            "name a load balancer's ARN");
                    continue;
                }
                for (int port : ports) {
                    f.expect(listenerPorts(resolver, lb.get().resource()).contains(port), group.stack().name(), group.logicalId(),
                            "Global Accelerator forwards port " + port + " to " + lb.get().resource().id() + ", which has no listener there",
                            "listen on every accelerator port, or drop the port from the accelerator's listener");
                    flows.add(internet(lb.get(), port, "Global Accelerator reaches its endpoint"));
                }
            }
        }
    }

    private static Optional<Network.Component> loadBalancerNamed(Resolver resolver, List<Network.Component> lbs, Value domain) {
        Optional<Network.Component> direct = loadBalancerIn(lbs, domain);
        if (direct.isPresent()) return direct;
        Optional<String> name = domain.literal();
        if (name.isEmpty()) return Optional.empty();
        String fqdn = name.get().endsWith(".") ? name.get() : name.get() + ".";
        for (Resource record : resolver.model().resources("AWS::Route53::RecordSet")) {
            if (!resolver.property(record, "Name").literal().filter(fqdn::equals).isPresent()) continue;
            Optional<Network.Component> lb = loadBalancerIn(lbs, resolver.property(record, "AliasTarget", "DNSName"));
            if (lb.isPresent()) return lb;
        }
        return Optional.empty();
    }

    /** The load balancer whose DNS name a value contains (e.g. {@code dualstack.<DNSName>}). */
    private static Optional<Network.Component> loadBalancerIn(List<Network.Component> lbs, Value value) {
        List<Value> parts = value instanceof Value.Join j ? j.parts() : List.of(value);
        for (Value part : parts) {
            Optional<Resource> r = part.target();
            if (r.isEmpty()) continue;
            Optional<Network.Component> lb = lbs.stream().filter(c -> c.resource().equals(r.get())).findFirst();
            if (lb.isPresent()) return lb;
        }
        return Optional.empty();
    }

    /** The databases whose endpoint the service's task definition gives its containers. */
    private static List<Network.Component> databasesGivenTo(Resolver resolver, Network network, Network.Component service) {
        Set<Network.Component> found = new LinkedHashSet<>();
        Optional<Resource> task = resolver.property(service.resource(), "TaskDefinition").target();
        if (task.isEmpty()) return List.of();
        for (JsonNode container : task.get().property("ContainerDefinitions")) {
            for (JsonNode variable : container.path("Environment")) {
                Value value = resolver.resolve(task.get().stack(), variable.path("Value"));
                for (Value part : value instanceof Value.Join j ? j.parts() : List.of(value)) {
                    part.asAttr().filter(a -> a.attribute().startsWith("Endpoint") || a.attribute().startsWith("ReadEndpoint"))
                            .flatMap(a -> network.components().stream().filter(c -> c.resource().equals(a.resource())).findFirst())
                            .ifPresent(found::add);
                }
            }
        }
        return List.copyOf(found);
    }

    /** The OpenSearch domains whose endpoint ({@code DomainEndpoint}) a function's environment names. */
    private static List<Network.Component> domainsGivenTo(Resolver resolver, Network network, Network.Component function) {
        Set<Network.Component> found = new LinkedHashSet<>();
        JsonNode variables = function.resource().property("Environment", "Variables");
        variables.fields().forEachRemaining(variable -> {
            Value value = resolver.resolve(function.resource().stack(), variable.getValue());
            for (Value part : value instanceof Value.Join j ? j.parts() : List.of(value)) {
                part.asAttr().filter(a -> a.attribute().equals("DomainEndpoint"))
                        .flatMap(a -> network.components().stream().filter(c -> c.resource().equals(a.resource())).findFirst())
                        .ifPresent(found::add);
            }
        });
        return List.copyOf(found);
    }

    private static int databasePort(Resolver resolver, Resource cluster) {
        Optional<String> port = resolver.property(cluster, "Port").literal();
        if (port.isPresent()) return Integer.parseInt(port.get());
        return resolver.property(cluster, "Engine").literal().orElse("").contains("mysql") ? 3306 : 5432;
    }

    private static void checkOpen(Network network, Findings f, Flow flow) {
        Resource target = flow.to().resource();
        boolean admitted = flow.to().groups().stream().anyMatch(g -> network.rules(g).stream()
                .anyMatch(rule -> rule.ingress() && admits(network, rule, flow)));
        boolean leaves = flow.from().map(from -> from.groups().stream().anyMatch(g -> network.egress(g).stream()
                .anyMatch(rule -> reachesTarget(network, rule, flow)))).orElse(true);
        String source = flow.from().map(c -> c.resource().id()).orElse(flow.anyAddress() ? "the internet"
                : flow.addresses().isEmpty() ? "the private tier" : "the address of " + flow.addresses().get(0).id());
        f.expect(admitted, target.stack().name(), target.logicalId(), flow.what() + ", but no security group of "
                + target.id() + " admits " + source + " on TCP " + flow.port(), "add the ingress rule (source " + source + ", port " + flow.port() + ")");
        f.expect(leaves, target.stack().name(), target.logicalId(), flow.what() + ", but the security groups of " + source
                + " let nothing out to it on TCP " + flow.port(), "add the egress rule");
    }

    /** Whether an ingress rule admits a flow's source on its port. */
    private static boolean admits(Network network, Network.Rule rule, Flow flow) {
        if (!rule.admitsTcp(flow.port())) return false;
        if (rule.peer() instanceof Network.Group g) return flow.from().filter(c -> c.groups().contains(g.group())).isPresent();
        if (rule.peer() instanceof Network.PrefixList) return flow.anyAddress() && flow.what().startsWith("CloudFront");
        if (rule.peer() instanceof Network.Address a) return flow.addresses().contains(a.eip());
        Network.Cidr cidr = (Network.Cidr) rule.peer();
        if (flow.anyAddress()) return cidr.everywhere();
        List<IPAddress> sources = new ArrayList<>(flow.sources());
        flow.from().ifPresent(c -> c.subnets().forEach(s -> network.block(s).ifPresent(sources::add)));
        return !sources.isEmpty() && sources.stream().allMatch(s -> cidr.block().contains(s));
    }

    /** Whether an egress rule lets a flow out towards its target. */
    private static boolean reachesTarget(Network network, Network.Rule rule, Flow flow) {
        if (!rule.admitsTcp(flow.port())) return false;
        if (rule.peer() instanceof Network.Group g) return flow.to().groups().contains(g.group());
        if (!(rule.peer() instanceof Network.Cidr cidr)) return false;
        List<IPAddress> targets = new ArrayList<>();
        flow.to().subnets().forEach(s -> network.block(s).ifPresent(targets::add));
        return cidr.everywhere() || (!targets.isEmpty() && targets.stream().allMatch(t -> cidr.block().contains(t)));
    }

    /** Every ingress rule of a group attached to a component serves an intended path. */
    private static void checkNoOtherIngress(Network network, Findings f, List<Flow> flows) {
        Set<Network.Rule> seen = new HashSet<>();
        for (Network.Component c : network.components()) {
            for (Resource group : c.groups()) {
                for (Network.Rule rule : network.rules(group)) {
                    if (!rule.ingress() || !seen.add(rule)) continue;
                    boolean used = flows.stream().anyMatch(flow -> flow.to().groups().contains(group) && admits(network, rule, flow));
                    f.expect(used, rule.declaredIn().stack().name(), rule.declaredIn().logicalId(), "the " + rule.label() + " of "
                                    + group.id() + " admits " + describe(rule) + ", which no path the platform intends uses",
                            "remove the rule, or narrow it to the intended source and port");
                }
            }
        }
    }

    private static String describe(Network.Rule rule) {
        String ports = rule.protocol().equals("-1") ? "all traffic" : rule.protocol() + " " + rule.fromPort()
                + (rule.toPort() != rule.fromPort() ? "-" + rule.toPort() : "");
        String from = rule.peer() instanceof Network.Cidr c ? c.block().toString()
                : rule.peer() instanceof Network.Group g ? g.group().id()
                : rule.peer() instanceof Network.Address a ? "the address of " + a.eip().id() : ((Network.PrefixList) rule.peer()).id();
        return ports + " from " + from;
    }

    /** Nothing in the isolated tier routes to the internet, and nothing there admits a public address. */
    private static void checkIsolatedTier(Network network, Findings f) {
        for (Network.Component c : network.components()) {
            boolean isolated = !c.subnets().isEmpty() && c.subnets().stream().allMatch(s -> network.tier(s).orElse(null) == Network.Tier.ISOLATED);
            if (!isolated) continue;
            for (Resource subnet : c.subnets()) {
                f.expect(!network.routesToInternet(subnet), subnet.stack().name(), subnet.logicalId(),
                        "the isolated subnet of " + c.resource().id() + " routes to an internet gateway", "remove the route");
            }
            for (Resource group : c.groups()) {
                for (Network.Rule rule : network.rules(group)) {
                    if (rule.ingress() && rule.peer() instanceof Network.Address a) {
                        f.expect(false, rule.declaredIn().stack().name(), rule.declaredIn().logicalId(), "the " + rule.label() + " of "
                                + group.id() + " admits the public address of " + a.eip().id() + " into the isolated tier (" + c.resource().id() + ")",
                                "admit only the security groups of the services that use it");
                    }
                    if (!rule.ingress() || !(rule.peer() instanceof Network.Cidr cidr)) continue;
                    f.expect(PRIVATE.stream().anyMatch(range -> range.contains(cidr.block())), rule.declaredIn().stack().name(), rule.declaredIn().logicalId(),
                            "the " + rule.label() + " of " + group.id() + " admits " + cidr.block() + " into the isolated tier (" + c.resource().id() + ")",
                            "admit only the security groups of the services that use it");
                }
            }
        }
    }
}
