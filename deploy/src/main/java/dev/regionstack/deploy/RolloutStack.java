package dev.regionstack.deploy;

import java.util.Objects;

/**
 * One stack to deploy, as the rollout plan names it.
 *
 * @param name        the CloudFormation stack name, also its artifact id in the cloud assembly
 * @param environment the fleet environment it belongs to
 * @param account     the 12-digit AWS account it deploys into (selects the credentials)
 * @param region      the region it deploys into
 */
public record RolloutStack(String name, String environment, String account, String region) {
    public RolloutStack {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(region, "region");
    }
}
