package dev.regionstack.app.rollout;

import dev.regionstack.fleet.model.Approval;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The selected stacks and the waves they deploy in. Environments roll out one after another in file order;
 * inside an environment a stack's wave is one more than the latest wave of anything it waits for, so the
 * number of waves is the critical path, independent of the number of regions.
 */
public record RolloutPlan(List<StackSpec> stacks, List<Wave> waves) {
    public RolloutPlan {
        stacks = List.copyOf(stacks);
        waves = List.copyOf(waves);
    }

    /** The plan of the stacks that {@code selected} keeps; waits on stacks left out are not waited for. */
    public static RolloutPlan of(Fleet fleet, Predicate<StackSpec> selected) {
        List<StackSpec> kept = RolloutPlanner.stacks(fleet).stream().filter(selected).toList();
        Set<String> keptNames = RolloutPlanner.names(kept);
        List<Wave> waves = new ArrayList<>();
        for (Environment e : fleet.environments()) {
            Map<String, Integer> level = new HashMap<>();
            Map<Integer, List<String>> byLevel = new LinkedHashMap<>();
            int max = 0;
            for (StackSpec s : kept) {
                if (!s.environment().equals(e.name())) continue;
                int l = 1;
                for (StackSpec.Wait w : s.waitsFor()) {
                    if (keptNames.contains(w.stack()) && level.containsKey(w.stack())) l = Math.max(l, level.get(w.stack()) + 1);
                }
                level.put(s.name(), l);
                byLevel.computeIfAbsent(l, k -> new ArrayList<>()).add(s.name());
                max = Math.max(max, l);
            }
            for (int l = 1; l <= max; l++) {
                waves.add(new Wave(waves.size() + 1, e.name(), l == 1 && e.approval() == Approval.MANUAL, byLevel.get(l)));
            }
        }
        return new RolloutPlan(kept, waves);
    }

    public static RolloutPlan of(Fleet fleet) { return of(fleet, s -> true); }

    public StackSpec stack(String name) {
        return stacks.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no stack " + name));
    }

    /** The number of waves of one environment (its critical path length). */
    public long wavesOf(String environment) {
        return waves.stream().filter(w -> w.environment().equals(environment)).count();
    }
}
