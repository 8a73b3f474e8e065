package dev.regionstack.platform.processor;

import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.ITableV2;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.RetentionDays;

import java.util.Objects;

/**
 * @param bucketName       the region's data bucket, created by another stack; its object-created events feed the
 *                         processor. Required.
 * @param table            the environment's table (this region's replica) the handler records objects in. Required.
 * @param regionKey        the region's key: the table's key (the handler's writes use it) and the log group's. Required.
 * @param functionName     physical name of the function. Required.
 * @param functionsJarPath the functions jar. Required.
 * @param memoryMiB        the function's memory. Default: 256.
 * @param logRetention     retention of the function's log group. Default: ONE_WEEK.
 * @param removalPolicy    what happens to the queue key and the log group on stack delete. Default: RETAIN.
 */
public record ObjectProcessorProps(String bucketName, ITableV2 table, IKey regionKey, String functionName,
                                   String functionsJarPath, int memoryMiB, RetentionDays logRetention,
                                   RemovalPolicy removalPolicy) {
    public ObjectProcessorProps {
        Objects.requireNonNull(bucketName, "bucketName");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(regionKey, "regionKey");
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(functionsJarPath, "functionsJarPath");
        logRetention = logRetention == null ? RetentionDays.ONE_WEEK : logRetention;
        removalPolicy = Removal.orRetain(removalPolicy);
    }
}
