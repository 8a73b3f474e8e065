package dev.regionstack.platform.guardrails;

import java.util.List;

/**
 * A construct that declares the rule-pack findings accepted on the resources it creates, next to the code that
 * creates them. Paths are relative to this construct, so they hold whatever id the app gives it.
 *
 * <p>A resource gets the rules of every {@code Guarded} construct above it, outermost first, each owner's in list
 * order (after the app's cross-cutting ones): that order is the order of the suppression metadata in the template.
 * Return the same rules, in the same order, from every instance of a class, and put conditions in
 * {@link SuppressionRule#when}: the test that no suppression goes stale identifies a rule by class and position.
 */
public interface Guarded {
    List<SuppressionRule> suppressions();
}
