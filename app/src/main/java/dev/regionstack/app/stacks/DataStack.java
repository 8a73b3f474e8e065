package dev.regionstack.app.stacks;

import dev.regionstack.names.PhysicalNames;
import dev.regionstack.app.rollout.LayerSelection;
import dev.regionstack.fleet.model.Consistency;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.OwnTags;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.platform.data.AuroraCluster;
import dev.regionstack.platform.data.AuroraClusterProps;
import dev.regionstack.platform.data.AuroraEngine;
import dev.regionstack.platform.data.DataBucket;
import dev.regionstack.platform.data.DataBucketProps;
import dev.regionstack.platform.data.GlobalTable;
import dev.regionstack.platform.data.GlobalTableProps;
import dev.regionstack.platform.data.ReplicationDestination;
import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.ssm.StringParameter;
import software.constructs.Construct;
import software.constructs.IConstruct;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A region's data layer, present only where it holds resources ({@link LayerSelection#hasDataStack}).
 * <ul>
 * <li>DynamoDB global table {@code <project>-<env>-main}: created in the primary region with a replica in every
 *     other region.</li>
 * <li>S3 data bucket {@code <project>-<env>-<region>-<account>-data}: in the primary region created here and
 *     replicated to every other region's bucket, which the region's {@link SecurityStack} creates (it must exist
 *     before the primary's replication rule).</li>
 * <li>Aurora global database {@code <project>-<env>-aurora} when the file asks for one: the writer cluster in the
 *     primary region, a secondary cluster {@code <project>-<env>-<region>-aurora} in every other region, and the
 *     master credentials {@code <project>-<env>-aurora-credentials}, replicated from the primary to every region.</li>
 * </ul>
 * So a non-primary region has a data stack only when the file has Aurora: without it the stack would be empty, and
 * CloudFormation refuses a template without resources.
 *
 * <p>The layers above refer to the table, the buckets and the credentials by these deterministic names with the
 * region key of the security stack ({@link DataReferences}), never through this stack: it exports only what its
 * own resources produce (the Aurora endpoints and security group).
 *
 * <p>The region's VPC and key are passed in; when they belong to other stacks (the region's network and security
 * stacks) this stack reads their ids from the SSM parameters those stacks publish, resolved by CloudFormation at
 * deploy time, instead of through exports (which would lock the producers), and declares the stack dependencies.
 * The VPC is read only when there is a database to place in it.
 *
 * <p>Deploy order: every region's security stack, then this region's network stack (with Aurora), then the
 * primary's data stack, then the other regions' data stacks (their Aurora clusters join the primary's global
 * database).
 */
public final class DataStack extends Stack {
    static final String LAYER = "data";

    private final Optional<AuroraCluster> aurora;
    private final Optional<String> auroraClusterIdentifier;

    public DataStack(Construct scope, String id, StackProps props, Deployment deployment, IVpc regionVpc, IKey regionKey) {
        super(scope, id, props);
        if (!LayerSelection.hasDataStack(deployment)) {
            throw new IllegalArgumentException(deployment.key() + " has no data stack: a region other than the primary"
                    + " holds only its Aurora secondary there, and the file has no Aurora");
        }
        IKey key = local(regionKey) ? regionKey : Key.fromKeyArn(this, "RegionKey",
                StringParameter.valueForStringParameter(this, SecurityStack.keyArnParameter(deployment, deployment.region())));
        Optional<IVpc> vpc = deployment.settings().data().aurora().map(a -> vpc(deployment, regionVpc));
        dependOnOwner(regionKey);
        if (vpc.isPresent()) dependOnOwner(regionVpc);
        Sizing sizing = deployment.settings().sizing();
        RemovalPolicy removal = Removal.of(sizing.retainData());

        if (deployment.primary()) {
            Map<String, String> replicaKeys = new LinkedHashMap<>();
            deployment.otherRegions().forEach(r -> replicaKeys.put(r, SecurityStack.keyAliasArn(deployment, r)));
            new GlobalTable(this, "Table", GlobalTableProps.builder()
                    .tableName(tableName(deployment))
                    .encryptionKey(key)
                    .replicaKeyArns(replicaKeys)
                    .strongConsistency(deployment.settings().data().consistency() == Consistency.STRONG)
                    .deletionProtection(sizing.deletionProtection())
                    .removalPolicy(removal)
                    // the file's own Region tag (a deployment's tags are the file's) goes on every replica as it is
                    .replicaRegionTags(!deployment.tags().containsKey(OwnTags.REGION))
                    .build());
            new DataBucket(this, "Bucket", DataBucketProps.builder()
                    .bucketName(bucketName(deployment))
                    .encryptionKey(key)
                    .replicationDestinations(deployment.otherRegions().stream().map(r -> new ReplicationDestination(
                            r, bucketName(deployment, r), SecurityStack.keyAlias(deployment))).toList())
                    // Replication Time Control (15-minute SLA, billed per GB) only for large environments.
                    .replicationTimeControl(sizing == Sizing.LARGE && !deployment.otherRegions().isEmpty())
                    .removalPolicy(removal)
                    .build());
        }

        aurora = deployment.settings().data().aurora().map(settings -> new AuroraCluster(this, "Aurora", AuroraClusterProps.builder()
                .vpc(vpc.orElseThrow())
                .encryptionKey(key)
                .engine(switch (settings.engine()) {
                    case POSTGRES -> AuroraEngine.POSTGRESQL;
                    case MYSQL -> AuroraEngine.MYSQL;
                })
                .engineVersion(settings.version())
                .performanceInsights(settings.performanceInsights())
                .globalClusterIdentifier(auroraGlobalClusterIdentifier(deployment))
                .clusterIdentifier(auroraClusterIdentifier(deployment))
                .primary(deployment.primary())
                .secretName(auroraSecretName(deployment))
                .secretReplicaKeys(deployment.primary() ? secretReplicaKeys(deployment) : Map.of())
                .instanceClass(settings.instanceClass())
                .instances(auroraInstances(deployment))
                .backupRetentionDays(settings.backupRetentionDays())
                .deletionProtection(sizing.deletionProtection())
                .removalPolicy(removal)
                .build()));
        auroraClusterIdentifier = aurora.map(a -> auroraClusterIdentifier(deployment));

        if (deployment.primary()) {
            CfnOutput.Builder.create(this, "TableName").value(tableName(deployment)).build();
            CfnOutput.Builder.create(this, "BucketName").value(bucketName(deployment)).build();
        }
        aurora.ifPresent(a -> {
            CfnOutput.Builder.create(this, "AuroraClusterIdentifier").value(auroraClusterIdentifier(deployment)).build();
            CfnOutput.Builder.create(this, "AuroraEndpoint").value(a.endpoint()).build();
            CfnOutput.Builder.create(this, "AuroraReaderEndpoint").value(a.readerEndpoint()).build();
            CfnOutput.Builder.create(this, "AuroraSecretName").value(auroraSecretName(deployment)).build();
        });
    }

    /** The region's VPC, read from SSM when it belongs to another stack (it does in every fleet). */
    private IVpc vpc(Deployment deployment, IVpc regionVpc) {
        if (local(regionVpc)) return regionVpc;
        IVpc imported = Vpc.fromVpcAttributes(this, "RegionVpc", VpcAttributes.builder()
                .vpcId(StringParameter.valueForStringParameter(this, NetworkStack.vpcIdParameter(deployment, deployment.region())))
                .availabilityZones(deployment.zones())
                .isolatedSubnetIds(Fn.split(",", StringParameter.valueForStringParameter(
                        this, NetworkStack.isolatedSubnetsParameter(deployment)), deployment.zones().size()))
                .build());
        // The imported VPC carries only what the database needs (isolated subnets), not their route tables.
        Annotations.of(this).acknowledgeWarning("@aws-cdk/aws-ec2:noSubnetRouteTableId",
                "The data layer places the database in the isolated subnets and never reads their route tables.");
        return imported;
    }

    /**
     * This region's Aurora cluster (the primary's writer cluster, or this region's secondary cluster), when the file
     * has Aurora: its endpoints and security group, which the app layer connects to.
     */
    public Optional<AuroraCluster> aurora() { return aurora; }

    /** This region's Aurora cluster identifier, when the file has Aurora. */
    public Optional<String> auroraClusterIdentifier() { return auroraClusterIdentifier; }

    /** The cluster's writer endpoint, when the file has Aurora. */
    public Optional<String> auroraEndpoint() { return aurora.map(AuroraCluster::endpoint); }

    /** The cluster's reader endpoint, when the file has Aurora. */
    public Optional<String> auroraReaderEndpoint() { return aurora.map(AuroraCluster::readerEndpoint); }

    /** The Aurora cluster's connections (security group and default port), when the file has Aurora. */
    public Optional<Connections> auroraConnections() { return aurora.map(AuroraCluster::connections); }

    /** Lets {@code other} reach the Aurora cluster on its port; does nothing when the file has no Aurora. */
    public void allowAuroraDefaultPortFrom(IConnectable other) {
        aurora.ifPresent(a -> a.allowDefaultPortFrom(other));
    }

    private boolean local(IConstruct construct) { return Stack.of(construct) == this; }

    private void dependOnOwner(IConstruct construct) {
        if (!local(construct)) {
            addStackDependency(Stack.of(construct), "reads its ids from SSM");
        }
    }

    public static String tableName(Deployment deployment) {
        return PhysicalNames.table(deployment.project(), deployment.environment());
    }

    /** The instances of this region's Aurora cluster: the writer plus the readers in the primary, the readers elsewhere. */
    public static int auroraInstances(Deployment deployment) {
        return deployment.settings().data().aurora().map(a -> a.instances(deployment.primary())).orElse(0);
    }

    public static String bucketName(Deployment deployment) { return bucketName(deployment, deployment.region()); }

    public static String bucketName(Deployment deployment, String region) {
        return PhysicalNames.dataBucket(deployment.project(), deployment.environment(), region, deployment.account());
    }

    public static String auroraGlobalClusterIdentifier(Deployment deployment) {
        return PhysicalNames.auroraGlobalCluster(deployment.project(), deployment.environment());
    }

    public static String auroraClusterIdentifier(Deployment deployment) {
        return PhysicalNames.auroraCluster(deployment.project(), deployment.environment(), deployment.region());
    }

    public static String auroraSecretName(Deployment deployment) {
        return PhysicalNames.auroraSecret(deployment.project(), deployment.environment());
    }

    private static Map<String, String> secretReplicaKeys(Deployment deployment) {
        Map<String, String> keys = new LinkedHashMap<>();
        deployment.otherRegions().forEach(r -> keys.put(r, SecurityStack.keyAlias(deployment)));
        return keys;
    }
}
