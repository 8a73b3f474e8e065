package dev.regionstack.app.guardrails;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.Suppression;
import dev.regionstack.platform.guardrails.SuppressionRule;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every suppression the fleet's stacks carry. Each construct that creates resources declares its own rules
 * ({@link Guarded}, paths relative to itself); the app adds only the cross-cutting ones
 * ({@link CrossCuttingSuppressions}, relative to the stack). {@link #attach} attaches each matching rule to its
 * resource once the stacks are built (before synth, when the rule packs run); {@link #list} shows them all
 * without a synth ({@code regionstack plan --suppressions}).
 *
 * <p>Order on a resource (it is the order of the template's metadata): the cross-cutting rules, then each owner's
 * from the outermost owner in, each in its own list order.
 *
 * <p>One walk over the construct tree in pre-order, keeping the stacks and owners above the current node. Each
 * read is a jsii round trip to Node.js (the walk's whole cost), so a node's path, and a resource's type with it, come
 * from one call: CDK's {@code toString} ({@code <path>} for a construct, {@code <path> [<type>]} for a resource),
 * where {@code getNode().getPath()} and {@code getCfnResourceType()} would take four (the node's proxy costs two).
 * Not an aspect on purpose: a Java aspect is a jsii callback per construct, and thousands of
 * nested callbacks overflow the Java stack on a fleet-sized app.
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
        walk(root, owner -> { }, (owner, index, a) -> attached.add(a));
        return attached;
    }

    /**
     * Every rule declared under {@code root} (each owner's met on the way, and the app's cross-cutting ones as
     * owner {@code null}), each with the number of resources it is attached to there.
     */
    public static List<RuleUse> uses(IConstruct root) {
        Map<Guarded, int[]> perOwner = new IdentityHashMap<>();
        List<Guarded> owners = new ArrayList<>();
        int[] crossCutting = new int[CrossCuttingSuppressions.ALL.size()];
        walk(root, owner -> {
            owners.add(owner);
            perOwner.put(owner, new int[owner.suppressions().size()]);
        }, (owner, index, a) -> (owner == null ? crossCutting : perOwner.get(owner))[index]++);
        List<RuleUse> uses = new ArrayList<>();
        for (int i = 0; i < crossCutting.length; i++) {
            uses.add(new RuleUse(null, i, CrossCuttingSuppressions.ALL.get(i), crossCutting[i]));
        }
        for (Guarded owner : owners) {
            List<SuppressionRule> rules = owner.suppressions();
            for (int i = 0; i < rules.size(); i++) uses.add(new RuleUse(owner.getClass(), i, rules.get(i), perOwner.get(owner)[i]));
        }
        return uses;
    }

    /**
     * One declared rule where it was met.
     *
     * @param owner     the class that declares it; {@code null} for the app's cross-cutting rules
     * @param index     its position in the owner's list
     * @param rule      the rule
     * @param resources how many resources under that owner it is attached to
     */
    public record RuleUse(Class<?> owner, int index, SuppressionRule rule, int resources) {}

    private interface Match {
        void found(Guarded owner, int index, AttachedSuppression attached);
    }

    /** A stack or an owner above the current node, with its construct path (and the stack's name once read). */
    private static final class Frame {
        final String path;
        final Stack stack;
        final Guarded owner;
        private String stackName;

        Frame(String path, Stack stack, Guarded owner) {
            this.path = path;
            this.stack = stack;
            this.owner = owner;
        }

        boolean holds(String descendant) { return path.isEmpty() || descendant.startsWith(path + "/"); }

        String relative(String descendant) { return path.isEmpty() ? descendant : descendant.substring(path.length() + 1); }

        String stackName() {
            if (stackName == null) stackName = stack.getStackName();
            return stackName;
        }
    }

    private static void walk(IConstruct root, Consumer<Guarded> ownerMet, Match match) {
        Deque<Frame> above = new ArrayDeque<>();   // innermost first
        for (IConstruct node : root.getNode().findAll()) {
            boolean isStack = node instanceof Stack;
            boolean isOwner = node instanceof Guarded;
            if (!isStack && !isOwner && !(node instanceof CfnResource)) continue;
            String described = node.toString();   // see the class comment
            String path = node instanceof CfnResource ? described.substring(0, described.lastIndexOf(" [")) : described;
            while (!above.isEmpty() && !above.peek().holds(path)) above.pop();
            if (isStack) above.push(new Frame(path, (Stack) node, null));
            if (isOwner) {
                above.push(new Frame(path, null, (Guarded) node));
                ownerMet.accept((Guarded) node);
            }
            if (node instanceof CfnResource resource) {
                matches(resource, path, described.substring(path.length() + 2, described.length() - 1), above, match);
            }
        }
    }

    private static void matches(CfnResource resource, String path, String type, Deque<Frame> above, Match match) {
        Frame stack = null;
        for (Frame f : above) {
            if (f.stack != null) {
                stack = f;
                break;
            }
        }
        if (stack == null) return;   // a resource outside a stack does not synthesize
        String inStack = stack.relative(path);
        for (int i = 0; i < CrossCuttingSuppressions.ALL.size(); i++) {
            SuppressionRule rule = CrossCuttingSuppressions.ALL.get(i);
            if (rule.matches(type, inStack, resource)) match.found(null, i, attached(stack, path, type, rule, resource));
        }
        for (Iterator<Frame> outermostFirst = above.descendingIterator(); outermostFirst.hasNext(); ) {
            Frame f = outermostFirst.next();
            if (f.owner == null) continue;
            List<SuppressionRule> rules = f.owner.suppressions();
            String relative = f.relative(path);
            for (int i = 0; i < rules.size(); i++) {
                SuppressionRule rule = rules.get(i);
                if (rule.matches(type, relative, resource)) match.found(f.owner, i, attached(stack, path, type, rule, resource));
            }
        }
    }

    private static AttachedSuppression attached(Frame stack, String path, String type, SuppressionRule rule, CfnResource resource) {
        return new AttachedSuppression(stack.stackName(), path, type, rule.suppression(), resource);
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
