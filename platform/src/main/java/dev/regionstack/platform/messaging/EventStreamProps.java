package dev.regionstack.platform.messaging;

import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.IBucket;

import java.util.Objects;

/**
 * @param key           customer-managed key for the stream, the delivered objects (unless the bucket has its own
 *                      key, which then wins) and the delivery error log group. Required.
 * @param bucket        where Firehose delivers, under {@code events/}. Required.
 * @param onDemand      true: on-demand capacity; false: {@code shards} provisioned shards (cheaper at low volume). Default: false.
 * @param shards        provisioned shards when not on demand, 1 or more. Default: 1.
 * @param logRetention  retention of the delivery error log group. Default: ONE_WEEK.
 * @param removalPolicy what happens to the stream (and its unread records) on stack delete. Default: RETAIN.
 * @param transform     the Lambda transformation step Firehose runs before delivery ({@link StreamTransform#target()}). Default: none.
 */
public record EventStreamProps(IKey key, IBucket bucket, boolean onDemand, int shards, RetentionDays logRetention, RemovalPolicy removalPolicy,
                               IFunction transform) {
    /** The S3 key prefix of delivered records. */
    public static final String PREFIX = "events/";
    /** Where records go that Firehose could not deliver or convert (the delivery role may write only here and under PREFIX). */
    public static final String ERROR_PREFIX_ROOT = "events-errors/";
    public static final String ERROR_PREFIX = ERROR_PREFIX_ROOT + "!{firehose:error-output-type}/";

    /** One provisioned shard, or on demand. */
    public EventStreamProps(IKey key, IBucket bucket, boolean onDemand, RetentionDays logRetention, RemovalPolicy removalPolicy) {
        this(key, bucket, onDemand, 1, logRetention, removalPolicy);
    }

    /** Without a transformation step. */
    public EventStreamProps(IKey key, IBucket bucket, boolean onDemand, int shards, RetentionDays logRetention, RemovalPolicy removalPolicy) {
        this(key, bucket, onDemand, shards, logRetention, removalPolicy, null);
    }

    /** These props with the transformation step {@code function}. */
    public EventStreamProps withTransform(IFunction function) {
        return new EventStreamProps(key, bucket, onDemand, shards, logRetention, removalPolicy, function);
    }

    public EventStreamProps {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(bucket, "bucket");
        shards = shards == 0 ? 1 : shards;
        if (shards < 1) throw new IllegalArgumentException("shards must be 1 or more, got " + shards);
        if (onDemand && shards != 1) throw new IllegalArgumentException("an on-demand stream takes no shard count, got " + shards);
        logRetention = logRetention == null ? RetentionDays.ONE_WEEK : logRetention;
        removalPolicy = Removal.orRetain(removalPolicy);
    }
}
