package dev.regionstack.app.cli;

import dev.regionstack.app.guardrails.FindingsReport;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.synth.StackReport;
import dev.regionstack.app.synth.SynthResult;
import dev.regionstack.app.workflow.DeployRecords;
import dev.regionstack.fleet.model.Fleet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "synth", description = "Write the CloudFormation templates of the selected deployments as a CDK cloud assembly.")
final class SynthCommand implements Callable<Integer> {
    @Mixin FleetFileOption fleetFile;
    @Mixin SelectionOptions selection;
    @Mixin CacheOption cache;
    @Spec CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "cdk.out",
            description = "The cloud assembly directory (default: ${DEFAULT-VALUE}).")
    Path outdir;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Fleet fleet = fleetFile.load();
        RolloutPlan plan = RolloutPlanner.plan(fleet, selection.resolve(fleet).predicate());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.printf("synth %d stacks of %s into %s%n", plan.stacks().size(), fleetFile.path(), outdir);
        SynthResult result = cache.synth(fleet, plan, outdir, out::println, DeployRecords.deployed(fleetFile.path(), plan), err);
        for (StackReport s : result.stacks()) {
            out.printf("  %-60s %4d resources %7.1f kB%n", s.name(), s.resources(), s.bytes() / 1024.0);
        }
        result.warnings().forEach(w -> err.println("warning: " + w));
        err.print(FindingsReport.render(result.errors()));
        result.verify().lines().forEach(err::println);
        out.println(result.verify().summary());
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("%d stacks, %d resources, %.1f s -> %s%n", result.stacks().size(), result.resources(), seconds, result.outdir());
        return result.errors().isEmpty() && result.verify().clean() ? 0 : 1;
    }
}
