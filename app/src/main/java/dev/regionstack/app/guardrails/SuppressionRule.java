package dev.regionstack.app.guardrails;

import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which resources carry a {@link Suppression}: those of CloudFormation type {@code resourceType} whose construct
 * path within their stack (without the stack's own id) matches {@code path} entirely, and for which {@code when}
 * holds (e.g. only when deletion protection is off).
 *
 * @param resourceType e.g. {@code AWS::IAM::Policy}
 * @param path         a regular expression over the path inside the stack, e.g. {@code CreditsApi/\w+Role/DefaultPolicy/Resource}
 * @param when         a further condition on the resource
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

    /**
     * Whether this rule applies. The type and the path are read once per resource by the caller: each read is a
     * round trip to the CDK's Node.js process, and a fleet has thousands of resources times a hundred rules.
     */
    boolean matches(String type, String pathInStack, CfnResource resource) {
        return resourceType.equals(type) && path.matcher(pathInStack).matches() && when.test(resource);
    }

    static String pathInStack(String fullPath, Stack stack) {
        String stackPath = stack.getNode().getPath();
        return fullPath.startsWith(stackPath + "/") ? fullPath.substring(stackPath.length() + 1) : fullPath;
    }
}
