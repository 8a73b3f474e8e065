package dev.regionstack.app.rollout;

import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.TestFleets;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.sample.SampleFleets;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RolloutPlanTest {
    private final Fleet example = TestFleets.example();
    private final RolloutPlan plan = RolloutPlanner.plan(example);

    /** A generated fleet (as TestFleets.generated) with {@code aurora: false} for every environment. */
    private static Fleet generatedWithoutAurora(long seed, int environments, int regions) {
        String yaml = SampleFleets.generate(seed, environments, regions, Component.DEFAULTS)
                .replace("defaults:\n", "defaults:\n  data:\n    aurora: false\n");
        return TestFleets.parse(yaml);
    }

    private Map<String, Integer> waveOf(RolloutPlan p) {
        Map<String, Integer> m = new HashMap<>();
        p.waves().forEach(w -> w.stacks().forEach(s -> m.put(s, w.number())));
        return m;
    }

    @Test
    void everyStackDeploysAfterEverythingItWaitsFor() {
        Map<String, Integer> wave = waveOf(plan);
        for (StackSpec s : plan.stacks()) {
            for (StackSpec.Wait w : s.waitsFor()) {
                assertThat(wave.get(w.stack())).as("%s waits for %s", s.name(), w.stack()).isLessThan(wave.get(s.name()));
            }
        }
    }

    @Test
    void recordsToTheApiWaitForEveryRegionsApiStack() {
        RolloutPlan p = RolloutPlanner.plan(TestFleets.parse(dev.regionstack.app.guardrails.GuardrailFleets.API_DNS_NO_APP));
        StackSpec dns = p.stacks().stream().filter(s -> s.name().equals("credits-prod-global-dns")).findFirst().orElseThrow();
        assertThat(dns.waitsFor()).extracting(StackSpec.Wait::stack)
                .containsExactlyInAnyOrder("credits-prod-us-east-1-api", "credits-prod-eu-west-1-api");
    }

    @Test
    void everyStackIsInExactlyOneWave() {
        assertThat(plan.waves().stream().mapToInt(w -> w.stacks().size()).sum()).isEqualTo(plan.stacks().size());
    }

    @Test
    void environmentsRollOutInFileOrder() {
        Map<String, Integer> wave = waveOf(plan);
        int lastDev = plan.stacks().stream().filter(s -> s.environment().equals("dev")).mapToInt(s -> wave.get(s.name())).max().orElseThrow();
        int firstProd = plan.stacks().stream().filter(s -> s.environment().equals("prod")).mapToInt(s -> wave.get(s.name())).min().orElseThrow();
        assertThat(firstProd).isEqualTo(lastDev + 1);
    }

    @Test
    void manualEnvironmentHasAnApprovalGateBeforeItsFirstWave() {
        List<Wave> prod = plan.waves().stream().filter(w -> w.environment().equals("prod")).toList();
        assertThat(prod.get(0).approvalBefore()).isTrue();
        assertThat(prod.subList(1, prod.size())).noneMatch(Wave::approvalBefore);
        assertThat(plan.waves().stream().filter(w -> w.environment().equals("dev"))).noneMatch(Wave::approvalBefore);
    }

    @Test
    void keysInEveryRegionBeforeThePrimaryDataStack() {
        Map<String, Integer> wave = waveOf(plan);
        int primaryData = wave.get("acme-prod-us-east-1-data");
        for (String region : List.of("us-east-1", "us-east-2", "us-west-2")) {
            assertThat(wave.get("acme-prod-" + region + "-security")).isLessThan(primaryData);
        }
    }

    @Test
    void primaryDataBeforeSecondaryData() {
        Map<String, Integer> wave = waveOf(plan);
        assertThat(wave.get("acme-prod-us-east-1-data")).isLessThan(wave.get("acme-prod-us-east-2-data"));
        assertThat(wave.get("acme-prod-us-east-1-data")).isLessThan(wave.get("acme-prod-us-west-2-data"));
    }

    @Test
    void globalStacksAfterEveryRegionsApp() {
        Map<String, Integer> wave = waveOf(plan);
        for (String global : List.of("acme-prod-global-edge", "acme-prod-global-accelerator", "acme-prod-global-dns")) {
            for (String region : List.of("us-east-1", "us-east-2", "us-west-2")) {
                assertThat(wave.get("acme-prod-" + region + "-app")).isLessThan(wave.get(global));
            }
        }
    }

    @Test
    void globalStacksAreInTheirHomeRegions() {
        assertThat(plan.stack("acme-prod-global-edge").region()).isEqualTo("us-east-1");
        assertThat(plan.stack("acme-prod-global-accelerator").region()).isEqualTo("us-west-2");
        assertThat(plan.stack("acme-prod-global-dns").region()).isEqualTo("us-east-1");
    }

    @Test
    void waveCountDoesNotGrowWithRegions() {
        List<Component> all = Component.DEFAULTS;
        long twoRegions = RolloutPlanner.plan(TestFleets.generated(7, 3, 2, all)).waves().size();
        long sixRegions = RolloutPlanner.plan(TestFleets.generated(7, 3, 6, all)).waves().size();
        assertThat(sixRegions).isEqualTo(twoRegions);
    }

    @Test
    void criticalPathIsAtMostLayersPlusTwoPerEnvironment() {
        Fleet fleet = TestFleets.generated(11, 3, 6, Component.DEFAULTS);
        RolloutPlan p = RolloutPlanner.plan(fleet);
        int layers = Layer.values().length;
        for (var e : fleet.environments()) {
            assertThat(p.wavesOf(e.name())).isLessThanOrEqualTo(layers + 2);
        }
    }

    @Test
    void withoutAuroraOnlyThePrimaryHasADataStack() {
        RolloutPlan p = RolloutPlanner.plan(TestFleets.withoutAurora());
        assertThat(p.stacks()).filteredOn(s -> s.layer() == Layer.DATA).extracting(StackSpec::name)
                .containsExactly("acme-dev-eu-west-2-data");
    }

    @Test
    void withoutAuroraNoStackWaitsForAStackThatIsNotPlanned() {
        RolloutPlan p = RolloutPlanner.plan(TestFleets.withoutAurora());
        List<String> names = p.stacks().stream().map(StackSpec::name).toList();
        assertThat(p.stacks()).allSatisfy(s -> assertThat(s.waitsFor()).extracting(StackSpec.Wait::stack)
                .as(s.name()).allMatch(names::contains));
    }

    @Test
    void withoutAuroraSecondaryLayersWaitForWhatHoldsTheirTableReplicaAndBucket() {
        RolloutPlan p = RolloutPlanner.plan(TestFleets.withoutAurora());
        String replica = "the table replica in eu-west-1, which that stack creates";
        assertThat(p.stack("acme-dev-eu-west-1-app").waitsFor()).containsExactly(
                new StackSpec.Wait("acme-dev-eu-west-1-network", "the service runs in this region's VPC"),
                new StackSpec.Wait("acme-dev-eu-west-1-security", "logs are encrypted with this region's key"),
                new StackSpec.Wait("acme-dev-eu-west-2-data", "the task role is granted " + replica));
        assertThat(p.stack("acme-dev-eu-west-1-api").waitsFor()).containsExactly(
                new StackSpec.Wait("acme-dev-eu-west-1-security", "logs are encrypted with this region's key"),
                new StackSpec.Wait("acme-dev-eu-west-2-data", "the functions are granted " + replica),
                new StackSpec.Wait("acme-dev-eu-west-1-messaging", "the functions send to the notification queue"));
        assertThat(p.stack("acme-dev-eu-west-1-messaging").waitsFor()).containsExactly(
                new StackSpec.Wait("acme-dev-eu-west-1-security", "queues, topic and stream are encrypted with this region's key,"
                        + " and Firehose delivers to this region's bucket, which that stack holds"));
        assertThat(p.stack("acme-dev-eu-west-1-observability").waitsFor()).containsExactly(
                new StackSpec.Wait("acme-dev-eu-west-1-messaging", "alarms watch its resources"),
                new StackSpec.Wait("acme-dev-eu-west-1-app", "alarms watch its resources"),
                new StackSpec.Wait("acme-dev-eu-west-1-api", "alarms watch its resources"),
                new StackSpec.Wait("acme-dev-eu-west-2-data", "alarms watch " + replica));
    }

    @Test
    void withoutAuroraThePrimaryDataStackWaitsForKeysNotTheNetwork() {
        assertThat(RolloutPlanner.plan(TestFleets.withoutAurora()).stack("acme-dev-eu-west-2-data").waitsFor())
                .extracting(StackSpec.Wait::stack)
                .containsExactly("acme-dev-eu-west-2-security", "acme-dev-eu-west-1-security", "acme-dev-eu-central-1-security");
    }

    @Test
    void withAuroraSecondaryLayersWaitForTheirAuroraClusterAndThePrimarysTable() {
        assertThat(plan.stack("acme-prod-us-east-2-app").waitsFor()).containsExactly(
                new StackSpec.Wait("acme-prod-us-east-2-network", "the service runs in this region's VPC"),
                new StackSpec.Wait("acme-prod-us-east-2-security", "logs are encrypted with this region's key"),
                new StackSpec.Wait("acme-prod-us-east-2-data", "the tasks connect to this region's Aurora secondary cluster"),
                new StackSpec.Wait("acme-prod-us-east-1-data", "the task role is granted the table replica in us-east-2, which that stack creates"));
        assertThat(plan.stack("acme-prod-us-east-2-data").waitsFor()).contains(
                new StackSpec.Wait("acme-prod-us-east-1-data", "the Aurora secondary joins the global cluster created there"));
        assertThat(plan.stack("acme-prod-us-east-2-messaging").waitsFor()).extracting(StackSpec.Wait::stack)
                .containsExactly("acme-prod-us-east-2-security");
    }

    @Test
    void withoutAuroraWaveCountDoesNotGrowWithRegions() {
        Fleet two = generatedWithoutAurora(7, 3, 2);
        assertThat(two.deployments()).allMatch(d -> d.settings().data().aurora().isEmpty());
        long twoRegions = RolloutPlanner.plan(two).waves().size();
        long sixRegions = RolloutPlanner.plan(generatedWithoutAurora(7, 3, 6)).waves().size();
        assertThat(sixRegions).isEqualTo(twoRegions);
    }

    @Test
    void onlyKeepsTheSelectedDeploymentsRegionalStacks() {
        Selection only = new Selection(java.util.Optional.empty(), List.of("prod/us-east-2"));
        RolloutPlan p = RolloutPlanner.plan(example, only.predicate());
        assertThat(p.stacks()).allMatch(s -> s.deployment().equals("prod/us-east-2"));
        assertThat(p.stacks()).extracting(StackSpec::layer).doesNotContain(Layer.GLOBAL_EDGE);
        assertThat(p.stacks()).extracting(StackSpec::name).contains("acme-prod-us-east-2-network", "acme-prod-us-east-2-data");
    }

    @Test
    void envKeepsThatEnvironmentIncludingGlobalStacks() {
        Selection env = new Selection(java.util.Optional.of("dev"), List.of());
        RolloutPlan p = RolloutPlanner.plan(example, env.predicate());
        assertThat(p.stacks()).allMatch(s -> s.environment().equals("dev"));
        assertThat(p.stacks()).extracting(StackSpec::name).contains("acme-dev-global-edge");
    }
}
