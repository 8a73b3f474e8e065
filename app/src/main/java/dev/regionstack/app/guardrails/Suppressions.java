package dev.regionstack.app.guardrails;

import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

import java.util.ArrayList;
import java.util.List;

/**
 * The registry of every suppression the fleet's stacks carry: each {@link SuppressionRule} names the resources it
 * applies to (CloudFormation type and construct path within the stack) and the finding it accepts. As an aspect
 * {@link #attach} attaches each matching rule to exactly one resource once the stacks are built (before synth,
 * when the rule packs run); {@link #list} shows them all without a synth ({@code regionstack plan --suppressions}).
 *
 * <p>Not an aspect on purpose: a Java aspect is a jsii callback per construct, and thousands of nested callbacks
 * overflow the Java stack on a fleet-sized app.
 */
public final class Suppressions {
    private Suppressions() {}

    /** Attaches every suppression that applies under {@code root} to its resource; returns them. */
    public static List<AttachedSuppression> attach(IConstruct root) {
        List<AttachedSuppression> attached = list(root);
        attached.forEach(a -> RulePacks.suppress(a.resource(), a.suppression()));
        return attached;
    }

    /** Every suppression that applies under {@code root} (an app or a stack), in construct-tree order. */
    public static List<AttachedSuppression> list(IConstruct root) {
        List<AttachedSuppression> attached = new ArrayList<>();
        for (IConstruct node : root.getNode().findAll()) {
            if (!(node instanceof CfnResource resource)) continue;
            String type = resource.getCfnResourceType();
            String path = resource.getNode().getPath();
            Stack stack = null;
            String inStack = null;
            for (SuppressionRule rule : SuppressionRules.ALL) {
                if (!rule.resourceType().equals(type)) continue;
                if (stack == null) {
                    stack = Stack.of(resource);
                    inStack = SuppressionRule.pathInStack(path, stack);
                }
                if (rule.matches(type, inStack, resource)) {
                    attached.add(new AttachedSuppression(stack.getStackName(), path, type, rule.suppression(), resource));
                }
            }
        }
        return attached;
    }

    /**
     * One suppression on one resource.
     *
     * @param stack        the stack's name
     * @param path         the resource's construct path
     * @param resourceType its CloudFormation type
     * @param suppression  the rule, the findings covered and the reason
     * @param resource     the resource itself
     */
    public record AttachedSuppression(String stack, String path, String resourceType, Suppression suppression,
                                      CfnResource resource) {}
}
