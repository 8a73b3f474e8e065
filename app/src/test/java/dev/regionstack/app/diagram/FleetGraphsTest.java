package dev.regionstack.app.diagram;

import dev.regionstack.app.TestFleets;
import dev.regionstack.app.guardrails.GuardrailFleets;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.pipeline.PipelineFleets;
import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackNames;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class FleetGraphsTest {
    private final Fleet example = TestFleets.example();
    private final FleetGraph graph = FleetGraphs.of(example, Optional.empty(), false);

    private List<GraphEdge> edges(String label) {
        return graph.edges().stream().filter(e -> e.label().equals(label)).toList();
    }

    private static Set<String> pairs(List<GraphEdge> edges) {
        return edges.stream().map(e -> e.from() + " -> " + e.to()).collect(Collectors.toSet());
    }

    @Test
    void everyEnvironmentHoldsItsRegionsWithThePrimaryMarkedAndTheirLayersInBuildOrder() {
        assertThat(graph.groups()).extracting(GraphGroup::id).containsExactly("dev", "prod");
        for (Environment e : example.environments()) {
            GraphGroup env = graph.groups().stream().filter(g -> g.id().equals(e.name())).findFirst().orElseThrow();
            assertThat(env.label()).contains("account " + e.account());
            for (Deployment d : e.deployments()) {
                GraphGroup region = env.groups().stream().filter(g -> g.id().equals(d.key())).findFirst().orElseThrow();
                assertThat(region.label()).startsWith(d.region()).contains(d.cidr());
                assertThat(region.label().contains("(primary)")).as(d.key()).isEqualTo(d.primary());
                assertThat(region.nodes().stream().filter(n -> n.kind() == GraphNode.Kind.STACK).map(GraphNode::label))
                        .containsExactlyElementsOf(RolloutPlanner.regional(d).stream().map(Layer::stackSuffix).toList());
            }
            GraphGroup global = env.groups().stream().filter(g -> g.id().equals(e.name() + "/global")).findFirst().orElseThrow();
            assertThat(global.nodes()).extracting(GraphNode::id).containsExactlyElementsOf(RolloutPlanner.global(example, e).stream()
                    .map(l -> e.name() + "/global/" + l.stackSuffix()).toList());
        }
        assertThat(graph.title()).isEqualTo("acme: 2 environments, 5 regions, " + RolloutPlanner.plan(example).stacks().size() + " stacks");
    }

    @Test
    void theCrossRegionWiringComesFromThePrimary() {
        assertThat(pairs(edges("replica"))).containsExactlyInAnyOrder(
                "dev/eu-west-2/table -> dev/eu-west-1/table",
                "prod/us-east-1/table -> prod/us-east-2/table", "prod/us-east-1/table -> prod/us-west-2/table");
        assertThat(pairs(edges("replication"))).containsExactlyInAnyOrder(
                "dev/eu-west-2/bucket -> dev/eu-west-1/bucket",
                "prod/us-east-1/bucket -> prod/us-east-2/bucket", "prod/us-east-1/bucket -> prod/us-west-2/bucket");
        assertThat(pairs(edges("global database"))).containsExactlyInAnyOrder(
                "dev/eu-west-2/aurora -> dev/eu-west-1/aurora",
                "prod/us-east-1/aurora -> prod/us-east-2/aurora", "prod/us-east-1/aurora -> prod/us-west-2/aurora");
        assertThat(edges("VPC peering")).allMatch(e -> !e.directed());
        assertThat(pairs(edges("VPC peering"))).containsExactlyInAnyOrder(
                "dev/eu-west-2/network -> dev/eu-west-1/network",
                "prod/us-east-1/network -> prod/us-east-2/network", "prod/us-east-1/network -> prod/us-west-2/network",
                "prod/us-east-2/network -> prod/us-west-2/network");
    }

    @Test
    void theGlobalEntryPointsRouteToTheRegions() {
        assertThat(pairs(edges("failover (primary)"))).containsExactlyInAnyOrder(
                "dev/global/global-dns -> dev/eu-west-2/app", "prod/global/global-dns -> prod/us-east-1/app");
        assertThat(pairs(edges("failover"))).containsExactlyInAnyOrder("dev/global/global-dns -> dev/eu-west-1/app",
                "prod/global/global-dns -> prod/us-east-2/app", "prod/global/global-dns -> prod/us-west-2/app");
        // CloudFront's origin group: the primary, then the next region in file order
        assertThat(pairs(edges("origin 1"))).contains("prod/global/global-edge -> prod/us-east-1/app");
        assertThat(pairs(edges("origin 2"))).contains("prod/global/global-edge -> prod/us-east-2/app");
        assertThat(edges("endpoint")).hasSize(5);
        assertThat(pairs(edges("activates"))).containsExactlyInAnyOrder("dev/global/global-resilience -> dev/eu-west-1/app",
                "prod/global/global-resilience -> prod/us-east-2/app", "prod/global/global-resilience -> prod/us-west-2/app");
        assertThat(graph.allNodes()).filteredOn(n -> n.id().equals("prod/global/global-dns"))
                .extracting(GraphNode::label).containsExactly("Route53 failover · prod.acme.example.com");
    }

    @Test
    void everyArrowJoinsTwoBoxesAndEveryBoxIsUnique() {
        for (String name : List.of("example", "every-component", "api-dns-no-app", "messaging-without-data", "single-region")) {
            FleetGraph g = FleetGraphs.of(GuardrailFleets.fleet(name), Optional.empty(), true);
            Set<String> ids = new HashSet<>();
            g.allNodes().forEach(n -> assertThat(ids.add(n.id())).as("%s: %s twice", name, n.id()).isTrue());
            assertThat(g.edges()).as(name).allSatisfy(e -> assertThat(ids).contains(e.from(), e.to()));
        }
    }

    @Test
    void withoutTheAppTheRecordsRouteToTheApis() {
        Fleet fleet = GuardrailFleets.fleet("api-dns-no-app");
        FleetGraph g = FleetGraphs.of(fleet, Optional.empty(), false);
        assertThat(g.edges()).filteredOn(e -> e.from().endsWith("/global-dns")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.to()).endsWith("/api"));
    }

    @Test
    void withoutAuroraThereIsNoGlobalDatabase() {
        FleetGraph g = FleetGraphs.of(TestFleets.withoutAurora(), Optional.empty(), false);
        assertThat(g.allNodes()).noneMatch(n -> n.id().endsWith("/aurora"));
        assertThat(g.edges()).noneMatch(e -> e.label().equals("global database"));
        assertThat(g.edges()).filteredOn(e -> e.label().equals("replica")).hasSize(2);
    }

    @Test
    void oneEnvironmentAlone() {
        FleetGraph g = FleetGraphs.of(example, Optional.of("prod"), false);
        assertThat(g.groups()).extracting(GraphGroup::id).containsExactly("prod");
        assertThat(g.edges()).allMatch(e -> e.from().startsWith("prod/") && e.to().startsWith("prod/"));
        assertThat(g.title()).startsWith("acme: 1 environment, 3 regions, ");
    }

    @Test
    void wavesAreThePlans() {
        FleetGraph g = FleetGraphs.of(example, Optional.empty(), true);
        RolloutPlan plan = RolloutPlanner.plan(example);
        String data = StackNames.of("acme", "prod", "us-east-2", Layer.DATA);
        int wave = plan.waves().stream().filter(w -> w.stacks().contains(data)).findFirst().orElseThrow().number();
        assertThat(g.allNodes()).filteredOn(n -> n.id().equals("prod/us-east-2/data"))
                .extracting(GraphNode::label).containsExactly("data · wave " + wave);
    }

    @Test
    void thePipelineDeploysEveryEnvironment() {
        FleetGraph g = FleetGraphs.of(TestFleets.parse(PipelineFleets.WITH_PIPELINE), Optional.empty(), false);
        assertThat(g.nodes()).extracting(GraphNode::id).containsExactly("pipeline");
        assertThat(g.edges()).filteredOn(e -> e.from().equals("pipeline")).extracting(GraphEdge::label)
                .containsExactly("deploys staging", "deploys prod");
    }
}
