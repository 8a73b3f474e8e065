package dev.regionstack.platform.security;

import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.RemovalPolicy;

import java.util.Objects;
import java.util.Optional;

/**
 * @param aliasName      the key's alias, the same in every region (e.g. {@code alias/acme-prod-data}) so that other
 *                       regions name the key by alias ARN without a lookup. Required.
 * @param primaryKeyArn  empty: this region holds the multi-Region primary key; present: the primary key's ARN and this
 *                       region holds a replica of it. Default: empty.
 * @param allowCloudTrail the key policy lets CloudTrail encrypt the account trail's logs. Default: false.
 * @param removalPolicy  what happens to the key when the stack is deleted (DESTROY schedules deletion). Default: RETAIN.
 */
public record RegionKeyProps(String aliasName, Optional<String> primaryKeyArn, boolean allowCloudTrail, RemovalPolicy removalPolicy) {
    public RegionKeyProps {
        Objects.requireNonNull(aliasName, "aliasName");
        if (!aliasName.startsWith("alias/") || aliasName.startsWith("alias/aws/")) {
            throw new IllegalArgumentException("aliasName must start with alias/ and not alias/aws/, got " + aliasName);
        }
        primaryKeyArn = primaryKeyArn == null ? Optional.empty() : primaryKeyArn;
        removalPolicy = Removal.orRetain(removalPolicy);
    }
}
