package dev.regionstack.app;

import dev.regionstack.fleet.FleetLoader;
import dev.regionstack.fleet.LoadResult;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.sample.SampleFleets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Fleets for tests: the repository's example, and generated ones. */
public final class TestFleets {
    /** The example fleet at the repository root (tests run in app/). */
    public static final Path EXAMPLE = Path.of("..", "fleet.yaml");

    private TestFleets() {}

    public static Fleet example() {
        return load(EXAMPLE);
    }

    /**
     * Three regions of one environment with {@code aurora: false} and every default component: the primary alone
     * has a data stack (the table and its bucket); the other regions' table replicas are the primary's and their
     * buckets live in their security stacks.
     */
    public static final String WITHOUT_AURORA = """
            project: acme
            defaults:
              data:
                aurora: false
            environments:
              dev:
                account: "111111111111"
                regions:
                  eu-west-2:
                    cidr: 10.0.0.0/16
                    primary: true
                  eu-west-1:
                    cidr: 10.1.0.0/16
                  eu-central-1:
                    cidr: 10.2.0.0/16
            """;

    /**
     * Two regions with latency routing and no Aurora: every region serves, so resilience is active/active (one
     * environment, {@code prod}, approval auto).
     */
    public static final String ACTIVE_ACTIVE = """
            project: acme
            dns: {zoneName: example.com, zoneId: Z0123456789ABCDEFGHIJ, routing: latency}
            defaults: {components: [network, security, data, app, dns], data: {aurora: false}}
            environments:
              prod:
                account: "111111111111"
                regions:
                  eu-west-2: {cidr: 10.0.0.0/16, primary: true}
                  eu-west-1: {cidr: 10.1.0.0/16}
            """;

    public static Fleet withoutAurora() {
        return parse(WITHOUT_AURORA);
    }

    public static Fleet load(Path file) {
        LoadResult result = FleetLoader.load(file);
        if (result instanceof LoadResult.Invalid invalid) throw new AssertionError(file + ": " + invalid.problems());
        return ((LoadResult.Loaded) result).fleet();
    }

    public static Fleet parse(String yaml) {
        LoadResult result = FleetLoader.load("test.yaml", yaml);
        if (result instanceof LoadResult.Invalid invalid) throw new AssertionError(invalid.problems());
        return ((LoadResult.Loaded) result).fleet();
    }

    public static Fleet generated(long seed, int environments, int regions, List<Component> components) {
        return parse(SampleFleets.generate(seed, environments, regions, components));
    }

    public static Path write(Path dir, String name, String yaml) throws java.io.IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }
}
