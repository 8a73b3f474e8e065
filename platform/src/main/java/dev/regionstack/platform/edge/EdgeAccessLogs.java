package dev.regionstack.platform.edge;

import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.RetentionDays;

import java.util.Objects;

/**
 * CloudFront access logs (standard logging v2) delivered to a CloudWatch Logs log group. The legacy S3 delivery
 * needs bucket ACLs, which the fleet's buckets disable; v2 delivery through CloudWatch Logs does not.
 *
 * @param name          names the log group ({@code /aws/vendedlogs/cloudfront/<name>}) and the delivery source and
 *                      destination ({@code <name>-access-logs}); letters, digits and hyphens
 * @param retention     how long the log group keeps events
 * @param removalPolicy what happens to the log group when the stack is deleted. Default: RETAIN.
 * @param encryptionKey the customer-managed key of the log group; CloudWatch Logs in this region is allowed to use
 *                      it for this log group only
 */
public record EdgeAccessLogs(String name, RetentionDays retention, RemovalPolicy removalPolicy, IKey encryptionKey) {
    public EdgeAccessLogs {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(encryptionKey, "encryptionKey");
        removalPolicy = Removal.orRetain(removalPolicy);
        if (!name.matches("[A-Za-z0-9-]{1,48}")) {
            throw new IllegalArgumentException("name must be 1 to 48 letters, digits or hyphens, got " + name);
        }
    }
}
