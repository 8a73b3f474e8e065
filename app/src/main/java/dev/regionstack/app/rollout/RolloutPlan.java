package dev.regionstack.app.rollout;

import dev.regionstack.fleet.model.Approval;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The plan of {@code kept}, the stacks of the selection in planning order (the planner's, in {@code app/layers});
     * waits on stacks left out are not waited for.
     */
    public static RolloutPlan of(Fleet fleet, List<StackSpec> kept) {
        List<Wave> waves = new ArrayList<>();
        Map<String, StackSpec> byName = new HashMap<>();
        kept.forEach(s -> byName.put(s.name(), s));
        Map<String, Integer> level = new HashMap<>();
        for (Environment e : fleet.environments()) {
            Map<Integer, List<String>> byLevel = new LinkedHashMap<>();
            int max = 0;
            for (StackSpec s : kept) {
                if (!s.environment().equals(e.name())) continue;
                int l = level(s, byName, level);
                byLevel.computeIfAbsent(l, k -> new ArrayList<>()).add(s.name());
                max = Math.max(max, l);
            }
            for (int l = 1; l <= max; l++) {
                waves.add(new Wave(waves.size() + 1, e.name(), l == 1 && e.approval() == Approval.MANUAL, byLevel.get(l)));
            }
        }
        return new RolloutPlan(kept, waves);
    }

    /** 1 + the latest level of anything it waits for in the same environment and the selection; 1 for none. */
    private static int level(StackSpec s, Map<String, StackSpec> selected, Map<String, Integer> memo) {
        Integer known = memo.get(s.name());
        if (known != null) return known;
        int l = 1;
        for (StackSpec.Wait w : s.waitsFor()) {
            StackSpec before = selected.get(w.stack());
            if (before != null && before.environment().equals(s.environment())) l = Math.max(l, level(before, selected, memo) + 1);
        }
        memo.put(s.name(), l);
        return l;
    }

    public StackSpec stack(String name) {
        return stacks.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no stack " + name));
    }

    /** The number of waves of one environment (its critical path length). */
    public long wavesOf(String environment) {
        return waves.stream().filter(w -> w.environment().equals(environment)).count();
    }
}
