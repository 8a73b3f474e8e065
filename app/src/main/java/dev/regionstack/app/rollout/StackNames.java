package dev.regionstack.app.rollout;

/** The one function that names stacks (the spec's stack-name contract). */
public final class StackNames {
    private StackNames() {}

    /** {@code <project>-<env>-<region>-<layer>} for regional layers, {@code <project>-<env>-global-<name>} for global ones. */
    public static String of(String project, String environment, String region, Layer layer) {
        return layer.global()
                ? project + "-" + environment + "-" + layer.stackSuffix()
                : project + "-" + environment + "-" + region + "-" + layer.stackSuffix();
    }

    /**
     * The cross-region support stack (artifact bucket and key) of a pipeline in another region. CDK's CodePipeline
     * creates and names it; this predicts the name so the plan can list it.
     */
    public static String pipelineSupport(String pipelineStack, String region) {
        return pipelineStack + "-support-" + region;
    }
}
