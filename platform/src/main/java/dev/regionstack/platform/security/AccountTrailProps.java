package dev.regionstack.platform.security;

import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.IBucket;

import java.util.Objects;

/**
 * @param bucket        where the trail writes. Required.
 * @param encryptionKey the key log files are encrypted with; its policy must let CloudTrail use it. Required.
 */
public record AccountTrailProps(IBucket bucket, IKey encryptionKey) {
    public AccountTrailProps {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(encryptionKey, "encryptionKey");
    }
}
