package dev.regionstack.app.guardrails;

import dev.regionstack.app.TestFleets;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.synth.FleetSynthesizer;
import dev.regionstack.app.synth.SynthResult;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.sample.SampleFleets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fleets every guardrail test checks, each synthesized once per test JVM (a synth with the rule packs takes
 * tens of seconds): the example fleet, one with every component in all three sizings and Aurora MySQL, partial
 * ones that take the branches the full fleets never take (no DNS, no messaging, no data, one region), and one
 * without Aurora (no data stack outside the primary).
 */
final class GuardrailFleets {
    record Synthesized(String name, Fleet fleet, SynthResult result) {}

    private static final Map<String, Synthesized> CACHE = new LinkedHashMap<>();

    private GuardrailFleets() {}

    static List<String> names() { return List.of("example", "every-component", "api-edge-no-dns", "messaging-without-data",
            "single-region", "without-aurora"); }

    static synchronized Synthesized get(String name) {
        return CACHE.computeIfAbsent(name, n -> synth(n, fleet(n)));
    }

    static Stream<Synthesized> all() { return names().stream().map(GuardrailFleets::get); }

    static Fleet fleet(String name) {
        return switch (name) {
            case "example" -> TestFleets.example();
            case "every-component" -> TestFleets.parse(everyComponentInEverySizing());
            case "api-edge-no-dns" -> TestFleets.generated(7, 1, 2,
                    List.of(Component.API, Component.EDGE, Component.OBSERVABILITY));
            case "messaging-without-data" -> TestFleets.generated(11, 1, 1,
                    List.of(Component.NETWORK, Component.MESSAGING, Component.OBSERVABILITY));
            // one environment in one region: nothing to replicate the data to (found by RandomFleetSynthProperties)
            case "single-region" -> TestFleets.generated(0, 1, 1, Component.DEFAULTS);
            case "without-aurora" -> TestFleets.withoutAurora();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Three environments (small, medium, large) of two regions each, every component, Aurora MySQL. */
    static String everyComponentInEverySizing() {
        String yaml = SampleFleets.generate(20261122, 3, 2, Arrays.asList(Component.values()));
        String[] sizings = {"small", "medium", "large"};
        StringBuilder out = new StringBuilder();
        int environment = 0;
        for (String line : yaml.split("\n", -1)) {
            if (line.startsWith("    sizing: ")) line = "    sizing: " + sizings[environment++];
            out.append(line).append('\n');
            if (line.equals("defaults:")) out.append("  data:\n    aurora:\n      engine: mysql\n");
        }
        if (environment != 3) throw new IllegalStateException("expected three environments in\n" + yaml);
        return out.toString().stripTrailing() + "\n";
    }

    private static Synthesized synth(String name, Fleet fleet) {
        try {
            Path out = Files.createTempDirectory("rs-guardrails-" + name);
            return new Synthesized(name, fleet, FleetSynthesizer.synth(fleet, RolloutPlan.of(fleet), out, l -> { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
