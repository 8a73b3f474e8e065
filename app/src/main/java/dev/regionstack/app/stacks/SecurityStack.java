package dev.regionstack.app.stacks;

import dev.regionstack.names.PhysicalNames;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.platform.crossregion.CrossRegionParameter;
import dev.regionstack.platform.crossregion.CrossRegionParameterProps;
import dev.regionstack.platform.crossregion.ParameterNames;
import dev.regionstack.platform.data.DataBucket;
import dev.regionstack.platform.data.DataBucketProps;
import dev.regionstack.platform.removal.Removal;
import dev.regionstack.platform.security.AccountTrail;
import dev.regionstack.platform.security.AccountTrailProps;
import dev.regionstack.platform.security.ConfigRecording;
import dev.regionstack.platform.security.ConfigRecordingProps;
import dev.regionstack.platform.security.LogBucket;
import dev.regionstack.platform.security.LogBucketProps;
import dev.regionstack.platform.security.RegionKey;
import dev.regionstack.platform.security.RegionKeyProps;
import dev.regionstack.platform.security.ThreatDetection;
import dev.regionstack.platform.security.ThreatDetectionProps;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.ssm.StringParameter;
import software.constructs.Construct;

import java.util.List;
import java.util.Optional;

/**
 * A region's security layer: the environment's multi-Region key (primary in the primary region, a replica
 * elsewhere, alias {@code alias/<project>-<env>-data} everywhere), its ARN published to SSM, and the account
 * singletons this deployment owns (GuardDuty, Security Hub, Config; the account trail).
 *
 * <p>In a non-primary region with the data component it also holds the region's data bucket, the destination
 * of the primary bucket's replication: S3 refuses a replication rule to a bucket that does not exist yet, and
 * this stack deploys before the primary's data stack while the secondary data stacks deploy after it (their
 * Aurora clusters join the primary's global database). The layers above refer to it by name ({@link DataReferences}).
 *
 * <p>Where this deployment owns the account trail, the trail records the S3 data events (object-level calls) of
 * every data bucket in the account: every region of every environment that shares the account, named by
 * {@link DataStack#bucketName(Deployment, String)} and passed in as names ({@link #trailDataBuckets}), so the stack
 * still receives only its own deployment. The buckets of later environments need not exist yet.
 *
 * <p>Deploy order: the primary region's security stack before every other region's (replicas read the primary
 * key's ARN from SSM in the primary region).
 */
public final class SecurityStack extends Stack {
    static final String LAYER = "security";
    private static final int AUDIT_LOG_RETENTION_DAYS = 365;

    private final IKey key;

    /** A trail owned here records the data events of this environment's own data buckets only. */
    public SecurityStack(Construct scope, String id, StackProps props, Deployment deployment) {
        this(scope, id, props, deployment, deployment.ownsAccountTrail() ? environmentDataBuckets(deployment) : List.of());
    }

    /**
     * @param trailDataBuckets where the deployment owns the account trail: the names of the account's data buckets,
     *                         whose S3 data events the trail records ({@link #trailDataBuckets(Fleet, Deployment)});
     *                         elsewhere empty
     */
    public SecurityStack(Construct scope, String id, StackProps props, Deployment deployment, List<String> trailDataBuckets) {
        super(scope, id, props);
        if (!deployment.ownsAccountTrail() && !trailDataBuckets.isEmpty()) {
            throw new IllegalArgumentException(deployment.key() + " does not own the account trail, so it cannot record"
                    + " the data events of " + trailDataBuckets);
        }
        RemovalPolicy removal = Removal.of(deployment.settings().sizing().retainData());

        Optional<String> primaryKeyArn = deployment.primary() ? Optional.empty()
                : Optional.of(new CrossRegionParameter(this, "PrimaryKeyArn", new CrossRegionParameterProps(
                        keyArnParameter(deployment, deployment.primaryRegion()), deployment.primaryRegion())).value());
        RegionKey regionKey = new RegionKey(this, "Key",
                new RegionKeyProps(keyAlias(deployment), primaryKeyArn, deployment.ownsAccountTrail(), removal));
        key = regionKey.key();
        StringParameter.Builder.create(this, "KeyArnParameter")
                .parameterName(keyArnParameter(deployment, deployment.region()))
                .stringValue(regionKey.keyArn())
                .description("ARN of the " + keyAlias(deployment) + " key in " + deployment.region())
                .build();

        if (deployment.ownsAccountRegionSingletons()) {
            // Findings of every region meet in the region that also holds the account trail (one per account).
            new ThreatDetection(this, "ThreatDetection", new ThreatDetectionProps(deployment.ownsAccountTrail()));
            LogBucket configBucket = new LogBucket(this, "ConfigBucket", new LogBucketProps(key, AUDIT_LOG_RETENTION_DAYS, removal));
            new ConfigRecording(this, "Config", new ConfigRecordingProps(configBucket.bucket(), key, deployment.ownsAccountTrail()));
        }
        if (deployment.ownsAccountTrail()) {
            LogBucket trailBucket = new LogBucket(this, "TrailBucket", new LogBucketProps(key, AUDIT_LOG_RETENTION_DAYS, removal));
            AccountTrail trail = new AccountTrail(this, "Trail",
                    new AccountTrailProps(trailBucket.bucket(), key, trailDataBuckets));
            CfnOutput.Builder.create(this, "TrailArn").value(trail.trailArn()).build();
        }
        if (!deployment.primary() && deployment.settings().has(Component.DATA)) {
            DataBucket bucket = new DataBucket(this, "DataBucket", DataBucketProps.builder()
                    .bucketName(DataStack.bucketName(deployment)).encryptionKey(key).removalPolicy(removal).replicaBucket(true).build());
            CfnOutput.Builder.create(this, "DataBucketName").value(bucket.bucket().getBucketName()).build();
        }
        CfnOutput.Builder.create(this, "KeyArn").value(regionKey.keyArn()).build();
        CfnOutput.Builder.create(this, "KeyAlias").value(keyAlias(deployment)).build();
    }

    /**
     * The data buckets whose S3 data events the account trail records, when {@code deployment} owns it: one per
     * region with the data component, of every environment in the deployment's account, in file order. Empty for
     * every other deployment.
     */
    public static List<String> trailDataBuckets(Fleet fleet, Deployment deployment) {
        if (!deployment.ownsAccountTrail()) return List.of();
        return fleet.deployments().stream()
                .filter(d -> d.account().equals(deployment.account()) && d.settings().has(Component.DATA))
                .map(DataStack::bucketName)
                .toList();
    }

    private static List<String> environmentDataBuckets(Deployment deployment) {
        if (!deployment.settings().has(Component.DATA)) return List.of();
        return deployment.environmentRegions().stream().map(region -> DataStack.bucketName(deployment, region)).toList();
    }

    /** The region's key: encrypt with it and grant on it. */
    public IKey key() { return key; }

    /** The key alias, the same in every region of the environment, e.g. {@code alias/acme-prod-data}. */
    public static String keyAlias(Deployment deployment) {
        return PhysicalNames.keyAlias(deployment.project(), deployment.environment());
    }

    /** The key's alias ARN in {@code region}: how other regions name the key without a lookup. */
    public static String keyAliasArn(Deployment deployment, String region) {
        return "arn:aws:kms:" + region + ":" + deployment.account() + ":" + keyAlias(deployment);
    }

    /** The SSM parameter holding the key ARN of {@code region}. */
    public static String keyArnParameter(Deployment deployment, String region) {
        return ParameterNames.of(deployment.project(), deployment.environment(), region, LAYER, "key-arn");
    }
}
