package dev.regionstack.guard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Compares two cloud assemblies stack by stack (stacks matched by CloudFormation stack name) and tells which resources
 * a deployment of the new one over the old one would add, remove, replace or update, and which of those lose data.
 */
public final class AssemblyDiff {
    private AssemblyDiff() {
    }

    /** Every stack of both assemblies; a stack only the old one has is reported as removed, all its resources with it. */
    public static GuardReport compare(Path oldAssembly, Path newAssembly) {
        return compare(oldAssembly, newAssembly, null, ReplacementSpec.builtIn());
    }

    /**
     * Only the named stacks, for a deployment of a selection: a stack of the old assembly that the new one lacks is
     * reported as removed only if it is named here.
     */
    public static GuardReport compare(Path oldAssembly, Path newAssembly, Set<String> stacks) {
        return compare(oldAssembly, newAssembly, Set.copyOf(stacks), ReplacementSpec.builtIn());
    }

    /**
     * A selection and what it no longer has: the {@code selected} stacks, plus every stack of the old assembly that
     * {@code inSelection} says belongs to the selection (for example by its {@code Environment} and {@code Region}
     * tags). Such an old stack that the new assembly lacks is reported as removed; an old stack outside the selection
     * is left out, since a partial deploy does not touch it.
     */
    public static GuardReport compare(Path oldAssembly, Path newAssembly, Set<String> selected,
                                      Predicate<Assembly.Stack> inSelection) {
        Set<String> names = new TreeSet<>(selected);
        Assembly.stacks(oldAssembly).values().stream().filter(inSelection).map(Assembly.Stack::name).forEach(names::add);
        return compare(oldAssembly, newAssembly, names, ReplacementSpec.builtIn());
    }

    static GuardReport compare(Path oldAssembly, Path newAssembly, Set<String> only, ReplacementSpec spec) {
        Map<String, Assembly.Stack> before = Assembly.stacks(oldAssembly);
        Map<String, Assembly.Stack> after = Assembly.stacks(newAssembly);
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        if (only != null) names.retainAll(only);
        TemplateDiff diff = new TemplateDiff(spec);
        List<StackChanges> stacks = new ArrayList<>();
        for (String name : names) {
            Assembly.Stack old = before.get(name);
            Assembly.Stack now = after.get(name);
            if (old == null) stacks.add(diff.stackAdded(name, now.readTemplate()));
            else if (now == null) stacks.add(diff.stackRemoved(name, old.readTemplate()));
            else stacks.add(diff.compare(name, old.readTemplate(), now.readTemplate()));
        }
        return new GuardReport(stacks);
    }
}
