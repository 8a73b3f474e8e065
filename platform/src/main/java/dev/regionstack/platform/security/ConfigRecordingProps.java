package dev.regionstack.platform.security;

import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.kms.IKey;

import java.util.Objects;

/**
 * @param bucket                     where the delivery channel writes configuration snapshots and history. Required.
 * @param encryptionKey              the key delivered objects are encrypted with. Required.
 * @param includeGlobalResourceTypes record global resources (IAM) here; true in one region only, to avoid duplicates. Default: false.
 */
public record ConfigRecordingProps(IBucket bucket, IKey encryptionKey, boolean includeGlobalResourceTypes) {
    public ConfigRecordingProps {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(encryptionKey, "encryptionKey");
    }
}
