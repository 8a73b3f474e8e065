package dev.regionstack.app.cli;

import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.sample.SampleFleets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** Prints a generated valid fleet file: for benchmarks and experiments. */
@Command(name = "sample-fleet", hidden = true, description = "Print a generated valid fleet file.")
final class SampleFleetCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--environments", defaultValue = "3") int environments;
    @Option(names = "--regions", defaultValue = "6") int regions;
    @Option(names = "--seed", defaultValue = "1") long seed;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(SampleFleets.generate(seed, environments, regions, Component.DEFAULTS));
        return 0;
    }
}
