package dev.regionstack.platform.search;

import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * @param functionName     PhysicalNames.logShipper. Required.
 * @param role             the domain's master role ({@link LogShipper#newRole}). Required.
 * @param domain           where it indexes. Required.
 * @param vpc              the region's VPC. Required.
 * @param subnets          the private (app) tier, which reaches the isolated tier. Required.
 * @param key              encrypts its own log group. Required.
 * @param functionsJarPath the one jar that holds every handler. Required.
 * @param memoryMiB        the function's memory. Default: 512.
 * @param logRetention     its log group's retention. Required.
 * @param removalPolicy    its log group's. Default: RETAIN.
 */
public record LogShipperProps(String functionName, Role role, SearchDomain domain, IVpc vpc, SubnetSelection subnets,
                              IKey key, String functionsJarPath, int memoryMiB, RetentionDays logRetention,
                              RemovalPolicy removalPolicy) {
    public LogShipperProps {
        if (functionName == null || role == null || domain == null || vpc == null || subnets == null || key == null
                || functionsJarPath == null || logRetention == null) {
            throw new IllegalArgumentException("LogShipperProps: every property but memoryMiB and removalPolicy is required");
        }
        memoryMiB = memoryMiB == 0 ? 512 : memoryMiB;
        removalPolicy = Removal.orRetain(removalPolicy);
    }
}
