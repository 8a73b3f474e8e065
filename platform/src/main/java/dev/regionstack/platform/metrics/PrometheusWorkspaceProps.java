package dev.regionstack.platform.metrics;

import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;

import java.util.Objects;

/**
 * @param alias         the workspace's alias (AMP does not require it to be unique; regionstack's is). Required.
 * @param key           the region's customer-managed key, which encrypts the workspace's metrics. Required.
 * @param removalPolicy what happens to the workspace and its metrics on stack delete. Default: RETAIN
 */
public record PrometheusWorkspaceProps(String alias, IKey key, RemovalPolicy removalPolicy) {
    public PrometheusWorkspaceProps {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(key, "key");
        if (alias.isBlank() || alias.length() > 100) {
            throw new IllegalArgumentException("alias must have 1 to 100 characters, got '" + alias + "'");
        }
        removalPolicy = Removal.orRetain(removalPolicy);
    }
}
