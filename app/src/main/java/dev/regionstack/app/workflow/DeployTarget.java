package dev.regionstack.app.workflow;

import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.Selection;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.guard.DeployRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one {@code deploy} covers, known before anything is synthesized: the plan of the selection, its environment,
 * its accounts, its stacks and the environment's deploy record. Everything here is read from the fleet and local files.
 *
 * @param fleetFile   the fleet file (its directory holds the deploy records)
 * @param fleet       the loaded fleet
 * @param selection   what {@code --env} / {@code --only} selected; names one environment
 * @param plan        the rollout plan of the selection
 * @param environment the environment deployed to
 * @param accounts    the selection's accounts, each with the environment it belongs to, in plan order
 * @param stacks      the names of the stacks deployed, in plan order
 * @param record      the environment's deploy record
 */
public record DeployTarget(Path fleetFile, Fleet fleet, Selection selection, RolloutPlan plan, Environment environment,
                           Map<String, String> accounts, Set<String> stacks, DeployRecord record) {
    public DeployTarget {
        accounts = Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
        stacks = Collections.unmodifiableSet(new LinkedHashSet<>(stacks));
    }

    /** @param selection a selection already checked against the fleet, naming an environment */
    public static DeployTarget of(Path fleetFile, Fleet fleet, Selection selection) {
        RolloutPlan plan = RolloutPlanner.plan(fleet, selection.predicate());
        Environment env = fleet.environment(selection.environment().orElseThrow()).orElseThrow();
        Map<String, String> accounts = new LinkedHashMap<>();
        plan.stacks().forEach(s -> accounts.putIfAbsent(s.account(), s.environment()));
        Set<String> names = new LinkedHashSet<>();
        plan.stacks().stream().map(StackSpec::name).forEach(names::add);
        return new DeployTarget(fleetFile, fleet, selection, plan, env, accounts, names, DeployRecords.of(fleetFile, env.name()));
    }

    /**
     * What is wrong with {@code --forget}: it may name only stacks of the record that the selection no longer builds.
     * One {@code error:} line per problem; empty when every name is right.
     */
    public List<String> forgetProblems(Set<String> forget) {
        if (forget.isEmpty()) return List.of();
        Set<String> recorded = record.stacks();
        List<String> problems = new ArrayList<>();
        for (String stack : forget) {
            if (stacks.contains(stack)) {
                problems.add("error: --forget " + stack + ": the fleet still builds this stack; only a stack the fleet no longer has can be forgotten");
            } else if (!recorded.contains(stack)) {
                problems.add("error: --forget " + stack + ": not in the deploy record " + record.directory()
                        + (recorded.isEmpty() ? " (it is empty)" : ""));
            }
        }
        return problems;
    }
}
