package dev.regionstack.platform.messaging;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.IBucket;

import java.util.Objects;

/**
 * @param key           customer-managed key for the stream, the delivered objects (unless the bucket has its own
 *                      key, which then wins) and the delivery error log group. Required.
 * @param bucket        where Firehose delivers, under {@code events/}. Required.
 * @param onDemand      true: on-demand capacity; false: one provisioned shard (cheaper at low volume). Default: false.
 * @param logRetention  retention of the delivery error log group. Default: ONE_WEEK.
 * @param removalPolicy what happens to the stream (and its unread records) on stack delete. Default: RETAIN.
 */
public record EventStreamProps(IKey key, IBucket bucket, boolean onDemand, RetentionDays logRetention, RemovalPolicy removalPolicy) {
    /** The S3 key prefix of delivered records. */
    public static final String PREFIX = "events/";
    /** Where records go that Firehose could not deliver or convert (the delivery role may write only here and under PREFIX). */
    public static final String ERROR_PREFIX_ROOT = "events-errors/";
    public static final String ERROR_PREFIX = ERROR_PREFIX_ROOT + "!{firehose:error-output-type}/";

    public EventStreamProps {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(bucket, "bucket");
        logRetention = logRetention == null ? RetentionDays.ONE_WEEK : logRetention;
        removalPolicy = removalPolicy == null ? RemovalPolicy.RETAIN : removalPolicy;
    }
}
