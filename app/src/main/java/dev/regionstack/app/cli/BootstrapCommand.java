package dev.regionstack.app.cli;

import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.workflow.Rollouts;
import dev.regionstack.deploy.BootstrapPlanner;
import dev.regionstack.deploy.BootstrapTarget;
import dev.regionstack.deploy.CdkSettings;
import dev.regionstack.deploy.RunResult;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Fleet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "bootstrap", description = "Print (or --run) `cdk bootstrap` for every account × region the fleet deploys to.")
final class BootstrapCommand implements Callable<Integer> {
    @Mixin FleetFileOption fleetFile;
    @Mixin ProfileOptions profiles;
    @Spec CommandSpec spec;

    @Option(names = "--run", description = "Run the commands instead of printing them.")
    boolean run;

    @Override
    public Integer call() {
        Fleet fleet = fleetFile.load();
        Set<BootstrapTarget> targets = new LinkedHashSet<>();
        Map<String, String> accounts = new LinkedHashMap<>();
        RolloutPlanner.plan(fleet).stacks().forEach(s -> {
            targets.add(new BootstrapTarget(s.account(), s.region()));
            accounts.putIfAbsent(s.account(), s.environment());
        });
        profiles.checked(accounts, System.getenv());
        // the pipeline (opt-in) runs in the first environment's account: every other account trusts it
        var first = fleet.environments().get(0);
        String pipelineAccount = first.settings().has(Component.PIPELINE) ? first.account() : null;
        BootstrapPlanner planner = new BootstrapPlanner(Rollouts.cdk(), CdkSettings.of(profiles.profiles), pipelineAccount,
                null, spec.commandLine().getOut());
        RunResult result = run ? planner.run(targets) : planner.print(targets);
        return result.exitCode();
    }
}
