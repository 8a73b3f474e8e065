package dev.regionstack.app;

import dev.regionstack.app.guardrails.GuardrailFleets;
import dev.regionstack.app.pipeline.PipelineFleets;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.synth.FleetSynthesizer;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Prints {@code <fleet> <file> <sha-256>} for every file of the cloud assembly of the example fleet and of every test
 * fleet (scripts/same-assemblies.sh compares two builds with it: a behaviour-preserving change must print the same).
 * Usage: {@code AssemblyDigests [NAME ...]}; no name: all of them.
 */
public final class AssemblyDigests {
    private AssemblyDigests() {}

    /** The fleets, by name: the guardrail fleets (example included), the pipeline and Aurora-less ones, generated mixes. */
    static Map<String, Fleet> fleets() {
        Map<String, Fleet> fleets = new LinkedHashMap<>();
        GuardrailFleets.names().forEach(n -> fleets.put(n, GuardrailFleets.fleet(n)));
        fleets.put("without-aurora", TestFleets.withoutAurora());
        fleets.put("active-active", TestFleets.parse(TestFleets.ACTIVE_ACTIVE));
        fleets.put("with-pipeline", TestFleets.parse(PipelineFleets.WITH_PIPELINE));
        fleets.put("pipeline-in-second-only", TestFleets.parse(PipelineFleets.PIPELINE_IN_SECOND_ONLY));
        fleets.put("bench-six-regions", TestFleets.load(Path.of("..", "..", "shared", "bench", "six-regions.yaml")));
        fleets.put("sample-3x6", TestFleets.generated(1, 3, 6, Component.DEFAULTS));
        fleets.put("data-api-only", TestFleets.generated(3, 2, 3,
                List.of(Component.NETWORK, Component.SECURITY, Component.DATA, Component.API, Component.MESSAGING)));
        fleets.put("app-edge-dns", TestFleets.generated(4, 2, 3, List.of(Component.NETWORK, Component.SECURITY,
                Component.DATA, Component.APP, Component.EDGE, Component.DNS, Component.OBSERVABILITY)));
        fleets.put("every-component-pipeline", TestFleets.generated(5, 2, 2, List.of(Component.values())));
        return fleets;
    }

    public static void main(String[] args) throws IOException {
        Map<String, Fleet> fleets = fleets();
        List<String> names = args.length == 0 ? List.copyOf(fleets.keySet()) : List.of(args);
        for (String name : names) {
            Fleet fleet = fleets.get(name);
            if (fleet == null) throw new IllegalArgumentException("no test fleet " + name + "; known: " + fleets.keySet());
            Path out = Files.createTempDirectory("rs-digests-" + name);
            FleetSynthesizer.synth(fleet, plan(fleet), out, l -> { });
            try (Stream<Path> files = Files.walk(out)) {
                for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> out.relativize(p).toString())).toList()) {
                    System.out.println(name + " " + out.relativize(file) + " " + sha256(file));
                }
            }
            delete(out);
        }
    }

    /**
     * The whole fleet's plan, by reflection: the script runs this same file against older revisions too, where
     * {@code RolloutPlan.of(Fleet)} planned (before the layer specs, whose planner is {@code layers.RolloutPlanner}).
     */
    private static RolloutPlan plan(Fleet fleet) {
        try {
            try {
                return (RolloutPlan) Class.forName("dev.regionstack.app.layers.RolloutPlanner").getMethod("plan", Fleet.class).invoke(null, fleet);
            } catch (ClassNotFoundException before) {
                return (RolloutPlan) RolloutPlan.class.getMethod("of", Fleet.class).invoke(null, fleet);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot plan " + fleet.project() + ": " + e, e);
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
