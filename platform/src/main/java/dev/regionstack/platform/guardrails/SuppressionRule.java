package dev.regionstack.platform.guardrails;

import software.amazon.awscdk.CfnResource;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which resources carry a {@link Suppression}: those of CloudFormation type {@code resourceType} whose construct
 * path below the construct that declares the rule ({@link Guarded}; for the app's cross-cutting rules, below the
 * stack) matches {@code path} entirely, and for which {@code when} holds (e.g. only when deletion protection is off).
 *
 * @param resourceType e.g. {@code AWS::IAM::Policy}
 * @param path         a regular expression over the path below the owner, e.g. {@code \w+Role/DefaultPolicy/Resource}
 * @param when         a further condition on the resource; best decided from the owner's props (no jsii round trip)
 * @param suppression  what is accepted there and why
 */
public record SuppressionRule(String resourceType, Pattern path, Predicate<CfnResource> when, Suppression suppression) {
    public static SuppressionRule on(String resourceType, String pathRegex, Suppression suppression) {
        return new SuppressionRule(resourceType, Pattern.compile(pathRegex), r -> true, suppression);
    }

    public static SuppressionRule on(String resourceType, String pathRegex, Predicate<CfnResource> when,
                                     Suppression suppression) {
        return new SuppressionRule(resourceType, Pattern.compile(pathRegex), when, suppression);
    }

    /** {@link #on(String, String, Suppression)} when {@code applies}, else a rule whose condition never holds. */
    public static SuppressionRule on(String resourceType, String pathRegex, boolean applies, Suppression suppression) {
        return new SuppressionRule(resourceType, Pattern.compile(pathRegex), r -> applies, suppression);
    }

    /**
     * Whether this rule applies. The type and the path are read once per resource by the caller: each read is a
     * round trip to the CDK's Node.js process, and a fleet has thousands of resources.
     */
    public boolean matches(String type, String relativePath, CfnResource resource) {
        return resourceType.equals(type) && path.matcher(relativePath).matches() && when.test(resource);
    }
}
