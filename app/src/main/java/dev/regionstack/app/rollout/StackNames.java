package dev.regionstack.app.rollout;

import dev.regionstack.names.PhysicalNames;

/** The one function that names stacks (the spec's stack-name contract). */
public final class StackNames {
    private StackNames() {}

    /** {@code <project>-<env>-<region>-<layer>} for regional layers, {@code <project>-<env>-global-<name>} for global ones. */
    public static String of(String project, String environment, String region, Layer layer) {
        return layer.global()
                ? PhysicalNames.globalStack(project, environment, layer.stackSuffix())
                : PhysicalNames.regionalStack(project, environment, region, layer.stackSuffix());
    }
}
