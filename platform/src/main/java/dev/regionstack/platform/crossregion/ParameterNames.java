package dev.regionstack.platform.crossregion;

import dev.regionstack.names.PhysicalNames;

/**
 * The one naming rule for values a stack publishes to SSM Parameter Store for stacks in other regions.
 * Cross-region wiring never uses CloudFormation exports: a producer can change or go away without a
 * "deadly embrace", and consumers read the parameter (in their region or, through a custom resource,
 * in the producer's region).
 *
 * <p>Form: {@code /<project>/<environment>/<region>/<layer>/<key>}, e.g. {@code /acme/prod/us-east-1/app/alb-dns-name}.
 */
public final class ParameterNames {
    private ParameterNames() {}

    public static String of(String project, String environment, String region, String layer, String key) {
        return PhysicalNames.parameter(project, environment, region, layer, key);
    }
}
