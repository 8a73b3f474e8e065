package dev.regionstack.app.cli;

import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.synth.SynthResult;
import dev.regionstack.app.workflow.DeployRecords;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.verify.Verifier;
import dev.regionstack.verify.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "verify", description = "Simulate the deploy of a cloud assembly offline: would each stack deploy in its"
        + " order, and would the platform work (wired, reachable, permitted, named within AWS's limits)?")
final class VerifyCommand implements Callable<Integer> {
    @Mixin FleetFileOption fleetFile;
    @Mixin SelectionOptions selection;
    @Mixin CacheOption cache;
    @Spec CommandSpec spec;

    @Option(names = "--assembly", paramLabel = "DIR", description = "Verify this cloud assembly instead of synthesizing the fleet file.")
    Path assembly;

    @Option(names = "--deployed", paramLabel = "RECORD", description = "With --assembly: a deploy record (or any earlier"
            + " assembly) of what is deployed now (repeatable). Without --assembly, the fleet file's records are used.")
    List<Path> deployed = new ArrayList<>();

    @Option(names = "--partial", description = "With --assembly: it holds only part of a fleet (a --env or --only"
            + " synth), so references to stacks it does not hold are not checked.")
    boolean partial;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "cdk.out",
            description = "Without --assembly: where the synthesized assembly is written (default: ${DEFAULT-VALUE}).")
    Path outdir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        VerifyReport report;
        if (assembly != null) {
            List<String> problems = new ArrayList<>();
            requireAssembly("--assembly", assembly, problems);
            deployed.forEach(d -> requireAssembly("--deployed", d, problems));
            if (!problems.isEmpty()) throw new InvalidInputException(problems);
            report = Verifier.verify(assembly, deployed, partial);
        } else {
            Fleet fleet = fleetFile.load();
            RolloutPlan plan = RolloutPlanner.plan(fleet, selection.resolve(fleet).predicate());
            SynthResult synth = cache.synth(fleet, plan, outdir, l -> { }, DeployRecords.deployed(fleetFile.path(), plan), err);
            synth.errors().forEach(e -> err.println("error: " + e));
            report = synth.verify();
        }
        report.lines().forEach(err::println);
        out.println(report.summary());
        return report.clean() ? 0 : 1;
    }

    private static void requireAssembly(String option, Path dir, List<String> problems) {
        if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
            problems.add("error: " + option + " " + dir + ": not a cloud assembly (no manifest.json)");
        }
    }
}
