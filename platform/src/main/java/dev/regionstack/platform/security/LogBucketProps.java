package dev.regionstack.platform.security;

import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;

import java.util.Objects;

/**
 * @param encryptionKey  the key objects are encrypted with. Required.
 * @param retentionDays  days after which log objects (current and noncurrent versions) expire. Default: 365.
 * @param removalPolicy  RETAIN keeps the bucket on stack delete; DESTROY also empties it. Default: RETAIN.
 */
public record LogBucketProps(IKey encryptionKey, int retentionDays, RemovalPolicy removalPolicy) {
    public LogBucketProps {
        Objects.requireNonNull(encryptionKey, "encryptionKey");
        retentionDays = retentionDays == 0 ? 365 : retentionDays;
        if (retentionDays < 1) {
            throw new IllegalArgumentException("retentionDays must be positive, got " + retentionDays);
        }
        removalPolicy = Removal.orRetain(removalPolicy);
    }
}
