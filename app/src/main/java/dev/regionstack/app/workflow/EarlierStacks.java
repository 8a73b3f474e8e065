package dev.regionstack.app.workflow;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.Selection;
import dev.regionstack.guard.Assembly;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which stacks of an earlier assembly (or deploy record) a selection covers: those the same {@code --env} /
 * {@code --only} would build if the fleet still had them. An earlier stack the selection covers but the new fleet no
 * longer builds is a removed stack; one outside the selection is left alone, as a partial deploy does not touch it.
 *
 * <p>Judged from the stack's own {@code Environment} and {@code Region} tags, which regionstack sets on every stack
 * (the manifest records them), so a renamed project's stacks are still recognised by environment and region. A
 * global stack ({@code <p>-<env>-global-*}) belongs to its whole environment, never to an {@code --only} deployment.
 * A stack without those tags (not made by regionstack) is covered only when the whole fleet is selected.
 */
public final class EarlierStacks {
    static final String ENVIRONMENT_TAG = "Environment";
    static final String REGION_TAG = "Region";

    private EarlierStacks() {}

    public static Predicate<Assembly.Stack> coveredBy(Selection selection) {
        return stack -> {
            if (selection.environment().isEmpty() && selection.only().isEmpty()) return true;
            Map<String, String> tags = stack.tags();
            String environment = tags.get(ENVIRONMENT_TAG);
            if (environment == null) return false;
            if (!selection.only().isEmpty()) {
                return !global(stack.name()) && selection.only().contains(environment + "/" + tags.get(REGION_TAG));
            }
            return selection.environment().get().equals(environment);
        };
    }

    private static boolean global(String stackName) {
        return Arrays.stream(Layer.values()).filter(Layer::global).anyMatch(l -> stackName.endsWith("-" + l.stackSuffix()));
    }
}
