package dev.regionstack.app.synth.cache;

import dev.regionstack.app.TestFleets;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.synth.FleetSynthesizer;
import dev.regionstack.app.synth.SynthResult;
import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For each kind of edit, a synth through the cache (seeded with the fleet before the edit) writes the same assembly,
 * byte for byte, as a cold synth of the edited fleet, and reuses what the edit did not touch. The fleet has two
 * environments in two accounts, an account-region holding both a deployment and global stacks (dev's us-east-1), and
 * the global edge stack that reads every region's WAF lists.
 */
class IncrementalSynthTest {
    static final String FLEET = """
            project: cachet
            tags:
              CostCenter: "42"
            dns:
              zoneName: example.com
              zoneId: Z0123456789ABCDEFGHIJ
              routing: failover
            defaults:
              components: [network, security, data, app, edge]
              waf: {blockedCountries: [KP], rateLimitPer5Min: 3600}
              alarms: {latencyP99Ms: 500, email: alerts@example.com}
            environments:
              dev:
                account: "100000000007"
                sizing: small
                regions:
                  us-east-1:
                    cidr: 10.0.0.0/16
                    primary: true
                  eu-west-1:
                    cidr: 10.1.0.0/16
              prod:
                account: "100000000008"
                sizing: medium
                regions:
                  eu-west-2:
                    cidr: 10.8.0.0/16
                    primary: true
            """;
    static final String BUILD = "test-build-1";

    @TempDir static Path shared;
    static Path cacheRoot;
    static int stacks;

    @BeforeAll
    static void seed() {
        cacheRoot = shared.resolve("cache");
        Fleet fleet = TestFleets.parse(FLEET);
        RolloutPlan plan = RolloutPlanner.plan(fleet);
        stacks = plan.stacks().size();
        IncrementalSynth first = IncrementalSynth.lookup(fleet, plan, cache(), BUILD);
        assertThat(first.reusedStacks()).isZero();
        first.synth(shared.resolve("seed"), l -> { }, List.of());
    }

    static SynthCache cache() {
        return SynthCache.open(cacheRoot).get().orElseThrow();
    }

    @Test
    void anUnchangedFleetIsReusedWholeWithoutCdk(@TempDir Path dir) throws IOException {
        Fleet fleet = TestFleets.parse(FLEET);
        IncrementalSynth again = IncrementalSynth.lookup(fleet, RolloutPlanner.plan(fleet), cache(), BUILD);
        assertThat(again.complete()).isTrue();
        List<String> progress = new ArrayList<>();
        SynthResult result = again.synth(dir.resolve("out"), progress::add, List.of());
        assertThat(progress).noneMatch(l -> l.contains("built"));
        assertThat(result.verify().clean()).isTrue();
        assertSameFiles(dir.resolve("out"), shared.resolve("seed"));
    }

    @Test
    void oneRegionsWafListResynthesizesThatRegionAndTheEdgeOnly(@TempDir Path dir) throws IOException {
        String edited = FLEET.replace("        cidr: 10.1.0.0/16\n", "        cidr: 10.1.0.0/16\n        waf: {blockedCountries: [KP, CU]}\n");
        int reused = assertSameAsCold(edited, BUILD, dir);
        // dev's eu-west-1 and dev's us-east-1 (its deployment and the global edge) are built again; the rest is reused
        long rebuilt = RolloutPlanner.plan(TestFleets.parse(edited)).stacks().stream()
                .filter(s -> s.environment().equals("dev") && List.of("us-east-1", "eu-west-1").contains(s.region())).count();
        assertThat(reused).isEqualTo(stacks - rebuilt).isGreaterThan(stacks / 3);
    }

    @Test
    void aRegionAdded(@TempDir Path dir) throws IOException {
        // the key holds the whole fleet (WAF lists aside), and a region changes its environment's peering: all rebuilt
        String edited = FLEET.replace("        cidr: 10.8.0.0/16\n        primary: true\n",
                "        cidr: 10.8.0.0/16\n        primary: true\n      us-west-2:\n        cidr: 10.9.0.0/16\n");
        assertThat(assertSameAsCold(edited, BUILD, dir)).isZero();
    }

    @Test
    void aSizingChange(@TempDir Path dir) throws IOException {
        assertSameAsCold(FLEET.replace("sizing: medium", "sizing: large"), BUILD, dir);
    }

    @Test
    void aTagChange(@TempDir Path dir) throws IOException {
        int reused = assertSameAsCold(FLEET.replace("CostCenter: \"42\"", "CostCenter: \"43\""), BUILD, dir);
        assertThat(reused).as("every stack carries the top-level tags").isZero();
    }

    @Test
    void aNewBuildOfTheCodeReusesNothing(@TempDir Path dir) throws IOException {
        assertThat(assertSameAsCold(FLEET, "test-build-2", dir)).isZero();
    }

    @Test
    void aCorruptEntryIsIgnoredAndRebuilt(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("cache");
        Fleet fleet = TestFleets.parse(FLEET);
        RolloutPlan plan = RolloutPlanner.plan(fleet);
        SynthCache cache = SynthCache.open(root).get().orElseThrow();
        IncrementalSynth.lookup(fleet, plan, cache, BUILD).synth(dir.resolve("cold"), l -> { }, List.of());
        // one entry's template changed on disk, another's entry file cut short: both are misses
        List<Path> units;
        try (Stream<Path> list = Files.list(root.resolve("units"))) {
            units = list.sorted().toList();
        }
        assertThat(units).hasSizeGreaterThan(2);
        try (Stream<Path> files = Files.walk(units.get(0).resolve("files"))) {
            Path template = files.filter(f -> f.toString().endsWith(".template.json")).findFirst().orElseThrow();
            Files.writeString(template, Files.readString(template).replace("\"Resources\"", "\"Resources \""));
        }
        Path entry = units.get(1).resolve("entry.json");
        Files.writeString(entry, Files.readString(entry).substring(0, 100));

        IncrementalSynth again = IncrementalSynth.lookup(fleet, plan, SynthCache.open(root).get().orElseThrow(), BUILD);
        assertThat(again.complete()).isFalse();
        again.synth(dir.resolve("out"), l -> { }, List.of());
        assertSameFiles(dir.resolve("out"), dir.resolve("cold"));
        assertThat(IncrementalSynth.lookup(fleet, plan, SynthCache.open(root).get().orElseThrow(), BUILD).complete())
                .as("the two entries were rebuilt").isTrue();
    }

    @Test
    void theCacheIsOwnerOnly() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheRoot))).isEqualTo("rwx------");
    }

    /** Synthesizes {@code yaml} cold and through the cache; returns how many stacks the cache gave. */
    private static int assertSameAsCold(String yaml, String build, Path dir) throws IOException {
        Fleet fleet = TestFleets.parse(yaml);
        RolloutPlan plan = RolloutPlanner.plan(fleet);
        FleetSynthesizer.synth(fleet, plan, dir.resolve("cold"), l -> { });
        // a copy of the seeded cache, so the tests' edits do not feed one another
        Path root = dir.resolve("cache");
        copy(cacheRoot, root);
        IncrementalSynth cached = IncrementalSynth.lookup(fleet, plan, SynthCache.open(root).get().orElseThrow(), build);
        int reused = cached.reusedStacks();
        List<String> progress = new ArrayList<>();
        SynthResult result = cached.synth(dir.resolve("cached"), progress::add, List.of());
        assertThat(progress).as("no fallback to a cold synth").noneMatch(l -> l.contains("synthesizing every stack"));
        assertThat(result.errors()).isEmpty();
        assertSameFiles(dir.resolve("cached"), dir.resolve("cold"));
        return reused;
    }

    static void assertSameFiles(Path actual, Path expected) throws IOException {
        Map<String, String> a = contents(actual);
        Map<String, String> e = contents(expected);
        assertThat(a.keySet()).isEqualTo(e.keySet());
        e.forEach((name, text) -> assertThat(a.get(name)).as(name).isEqualTo(text));
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                String rel = dir.relativize(f).toString();
                files.put(rel, rel.endsWith(".jar") ? SynthUnits.sha256(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)) : new String(bytes));
            }
        }
        return files;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwx------"));
    }
}
