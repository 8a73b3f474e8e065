package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.StackNames;
import dev.regionstack.app.rollout.StackSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects one stack's waits on stacks of its environment, skipping layers a region does not have. */
public final class Waits {
    private final String project;
    private final String environment;
    private final Map<String, List<Layer>> present;
    private final List<StackSpec.Wait> list = new ArrayList<>();

    Waits(String project, String environment, Map<String, List<Layer>> present) {
        this.project = project;
        this.environment = environment;
        this.present = present;
    }

    /** Waits for the {@code layer} stack of {@code region} in this environment, if that region has it. */
    public void on(String region, Layer layer, String reason) {
        if (present.getOrDefault(region, List.of()).contains(layer)) {
            list.add(new StackSpec.Wait(StackNames.of(project, environment, region, layer), reason));
        }
    }

    /** Waits for a stack named outright (another environment's, or a global one). */
    public void onStack(String stackName, String reason) {
        list.add(new StackSpec.Wait(stackName, reason));
    }

    List<StackSpec.Wait> list() { return list; }
}
