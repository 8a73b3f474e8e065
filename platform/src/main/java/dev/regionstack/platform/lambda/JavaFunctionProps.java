package dev.regionstack.platform.lambda;

import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.RetentionDays;

import java.util.Map;
import java.util.Objects;

/**
 * @param functionName     physical name (from {@code names/PhysicalNames}). Required.
 * @param handler          {@code <class>::handleRequest} in the functions jar. Required.
 * @param functionsJarPath the functions jar. Required.
 * @param logKey           customer-managed key of the log group. Required.
 * @param environment      the function's environment variables. Default: none.
 * @param memoryMiB        memory. Default: 256.
 * @param timeout          timeout. Default: 30 seconds.
 * @param logRetention     retention of the log group. Default: ONE_WEEK.
 * @param removalPolicy    what happens to the log group on stack delete. Default: RETAIN.
 */
public record JavaFunctionProps(String functionName, String handler, String functionsJarPath, IKey logKey,
                                Map<String, String> environment, int memoryMiB, Duration timeout,
                                RetentionDays logRetention, RemovalPolicy removalPolicy) {
    public JavaFunctionProps {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(functionsJarPath, "functionsJarPath");
        Objects.requireNonNull(logKey, "logKey");
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        memoryMiB = memoryMiB == 0 ? 256 : memoryMiB;
        if (memoryMiB < 128 || memoryMiB > 10240) {
            throw new IllegalArgumentException("memoryMiB must be between 128 and 10240, got " + memoryMiB);
        }
        timeout = timeout == null ? Duration.seconds(30) : timeout;
        logRetention = logRetention == null ? RetentionDays.ONE_WEEK : logRetention;
        removalPolicy = Removal.orRetain(removalPolicy);
    }
}
