package dev.regionstack.app.stacks;

import java.util.Objects;

/**
 * Where the app stack publishes its ALB's CloudWatch dimensions: SSM parameter names, plain strings, so that
 * a consumer reads them at deploy time instead of holding a CloudFormation export of the app stack.
 *
 * @param loadBalancerFullNameParameter holds {@code app/<name>/<id>}
 * @param targetGroupFullNameParameter  holds {@code targetgroup/<name>/<id>}
 */
public record AlbParameters(String loadBalancerFullNameParameter, String targetGroupFullNameParameter) {
    public AlbParameters {
        Objects.requireNonNull(loadBalancerFullNameParameter, "loadBalancerFullNameParameter");
        Objects.requireNonNull(targetGroupFullNameParameter, "targetGroupFullNameParameter");
    }
}
