package dev.regionstack.platform.data;

import java.util.Objects;

/**
 * A bucket in another region of the same account that objects replicate to.
 *
 * @param region       the destination's region. Required.
 * @param bucketName   the destination bucket's (deterministic) name. Required.
 * @param keyAliasName the alias of the destination region's key, e.g. {@code alias/acme-prod-data}. Required.
 */
public record ReplicationDestination(String region, String bucketName, String keyAliasName) {
    public ReplicationDestination {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(bucketName, "bucketName");
        Objects.requireNonNull(keyAliasName, "keyAliasName");
    }
}
