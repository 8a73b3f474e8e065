package dev.regionstack.platform.data;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.SuppressionRule;
import software.amazon.awscdk.Acknowledgment;
import software.amazon.awscdk.Validations;

import software.amazon.awscdk.Names;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.CfnSecurityGroupIngress;
import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.rds.CfnDBCluster;
import software.amazon.awscdk.services.rds.CfnDBInstance;
import software.amazon.awscdk.services.rds.CfnDBSubnetGroup;
import software.amazon.awscdk.services.rds.CfnGlobalCluster;
import software.amazon.awscdk.services.secretsmanager.CfnSecret;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

import java.util.List;
import java.util.Optional;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * One region's cluster of an Aurora global database, in the isolated subnets, encrypted with the region's key.
 * The primary creates the global database, its writer cluster and the master credentials (generated in Secrets
 * Manager, replicated to the other regions with their keys: RDS-managed passwords do not support global
 * databases). A secondary joins the global database by its identifier and sets no credentials: it inherits them.
 * The security group admits nothing until {@link #allowDefaultPortFrom(IConnectable)} is called, and sends nothing.
 */
public final class AuroraCluster extends Construct implements Guarded {
    private final List<SuppressionRule> suppressions;
    public static final String MASTER_USERNAME = "dbadmin";

    private final CfnDBCluster cluster;
    private final SecurityGroup securityGroup;
    private final Connections connections;
    private final ISecret secret;
    private final Port port;
    private final int portNumber;

    public AuroraCluster(Construct scope, String id, AuroraClusterProps props) {
        super(scope, id);
        suppressions = suppressions(props);
        AuroraEngine engine = props.engine();
        CfnDBSubnetGroup subnets = CfnDBSubnetGroup.Builder.create(this, "Subnets")
                .dbSubnetGroupDescription("Isolated subnets of " + props.clusterIdentifier())
                .subnetIds(props.vpc().selectSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build()).getSubnetIds())
                .build();
        Validations.of(subnets).acknowledge(Acknowledgment.builder().id("CloudFormation-Validate::W9007")
                .reason("The subnet ids are Fn::Select of distinct indexes of one imported list; the validator cannot"
                        + " resolve them and sees the same expression twice.").build());
        securityGroup = SecurityGroup.Builder.create(this, "SecurityGroup")
                .vpc(props.vpc())
                .description("Aurora " + props.clusterIdentifier())
                .allowAllOutbound(false)
                .build();
        port = Port.tcp(engine.port());
        portNumber = engine.port();
        connections = new Connections(software.amazon.awscdk.services.ec2.ConnectionsProps.builder()
                .securityGroups(List.of(securityGroup))
                .defaultPort(port)
                .build());
        RemovalPolicy globalRemoval = props.removalPolicy() == RemovalPolicy.DESTROY ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

        CfnDBCluster.Builder clusterProps = CfnDBCluster.Builder.create(this, "Resource")
                .dbClusterIdentifier(props.clusterIdentifier())
                .engine(engine.engine())
                .engineVersion(props.engineVersion())
                .port(engine.port())
                .dbSubnetGroupName(subnets.getRef())
                .vpcSecurityGroupIds(List.of(securityGroup.getSecurityGroupId()))
                .storageEncrypted(true)
                .kmsKeyId(props.encryptionKey().getKeyArn())
                .backupRetentionPeriod(props.backupRetentionDays())
                .deletionProtection(props.deletionProtection())
                // IAM database authentication (short-lived tokens instead of the master password) and every
                // engine log in CloudWatch Logs: the AwsSolutions and NIST 800-53 checks ask for both.
                .enableIamDatabaseAuthentication(true)
                .enableCloudwatchLogsExports(engine.logExports())
                .copyTagsToSnapshot(true);
        if (props.primary()) {
            Secret credentials = Secret.Builder.create(this, "Credentials")
                    .secretName(props.secretName())
                    .description("Master credentials of " + props.globalClusterIdentifier())
                    .encryptionKey(props.encryptionKey())
                    .generateSecretString(SecretStringGenerator.builder()
                            .secretStringTemplate("{\"username\":\"" + MASTER_USERNAME + "\"}")
                            .generateStringKey("password")
                            .excludePunctuation(true)
                            .passwordLength(32)
                            .build())
                    .removalPolicy(props.removalPolicy() == RemovalPolicy.DESTROY ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN)
                    .build();
            if (!props.secretReplicaKeys().isEmpty()) {
                // Replica keys are named by alias (the same alias in every region), so no key id crosses regions.
                ((CfnSecret) credentials.getNode().getDefaultChild()).setReplicaRegions(props.secretReplicaKeys().entrySet().stream()
                        .<Object>map(e -> CfnSecret.ReplicaRegionProperty.builder().region(e.getKey()).kmsKeyId(e.getValue()).build())
                        .toList());
            }
            secret = credentials;
            CfnGlobalCluster global = CfnGlobalCluster.Builder.create(this, "Global")
                    .globalClusterIdentifier(props.globalClusterIdentifier())
                    .engine(engine.engine())
                    .engineVersion(props.engineVersion())
                    .storageEncrypted(true)
                    .deletionProtection(props.deletionProtection())
                    .build();
            global.applyRemovalPolicy(globalRemoval);
            clusterProps.globalClusterIdentifier(global.getRef())
                    .masterUsername(MASTER_USERNAME)
                    .masterUserPassword(credentials.secretValueFromJson("password").unsafeUnwrap());
        } else {
            secret = null;
            clusterProps.globalClusterIdentifier(props.globalClusterIdentifier());
        }
        cluster = clusterProps.build();
        cluster.applyRemovalPolicy(props.removalPolicy());

        for (int i = 1; i <= props.instances(); i++) {
            CfnDBInstance.Builder instanceProps = CfnDBInstance.Builder.create(this, "Instance" + i)
                    .dbClusterIdentifier(cluster.getRef())
                    .dbInstanceClass(props.instanceClass())
                    .engine(engine.engine())
                    .publiclyAccessible(false);
            if (props.performanceInsights()) {
                // 7 days is the free retention. The key is RDS's own (aws/rds): naming one makes AWS's resource spec
                // say the instance "may be replaced" whenever Performance Insights is turned on, so the knob could
                // not be flipped on a running database without a replacement the data-loss guard refuses.
                instanceProps.enablePerformanceInsights(true).performanceInsightsRetentionPeriod(7);
            }
            CfnDBInstance instance = instanceProps.build();
            instance.applyRemovalPolicy(props.removalPolicy() == RemovalPolicy.DESTROY ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN);
        }
    }

    /**
     * Lets {@code other} reach the cluster on the engine's port, and nothing else: an ingress rule on the cluster's
     * security group from each of {@code other}'s groups and, where such a group restricts outbound traffic, the
     * matching egress rule on it. When {@code other}'s security group lives in another stack (the app layer, which
     * already depends on this one), both rules go into that stack, so that this stack never refers to it and no
     * dependency cycle arises (that stack imports this group's id, an export of the stack owning the cluster).
     */
    public void allowDefaultPortFrom(IConnectable other) {
        Stack own = Stack.of(this);
        for (ISecurityGroup peer : other.getConnections().getSecurityGroups()) {
            if (Stack.of(peer) == own) {
                securityGroup.addIngressRule(peer, port, "from " + peer.getNode().getPath());
            } else {
                CfnSecurityGroupIngress.Builder.create(Stack.of(peer), Names.uniqueId(peer) + "To" + Names.uniqueId(this))
                        .groupId(securityGroup.getSecurityGroupId())
                        .sourceSecurityGroupId(peer.getSecurityGroupId())
                        .ipProtocol("tcp")
                        .fromPort(portNumber)
                        .toPort(portNumber)
                        .description("Aurora " + Names.uniqueId(this))
                        .build();
            }
            // With allowAllOutbound the group already reaches the cluster (and CDK would warn about an ignored rule).
            if (!Boolean.TRUE.equals(peer.getAllowAllOutbound())) {
                peer.addEgressRule(securityGroup, port, "to Aurora " + Names.uniqueId(this));
            }
        }
    }

    public Connections connections() { return connections; }

    public ISecurityGroup securityGroup() { return securityGroup; }

    /** The engine's port, on which both endpoints listen. */
    public int port() { return portNumber; }

    /** The cluster identifier (a token resolving to the deterministic identifier given in the props). */
    public String clusterIdentifier() { return cluster.getRef(); }

    /**
     * The cluster endpoint. In the primary it is the global database's writer; in a secondary it is this cluster's
     * own endpoint, which refuses writes until a global failover or switchover makes this cluster the writer.
     */
    public String endpoint() { return cluster.getAttrEndpointAddress(); }

    /** The reader endpoint: this cluster's readers (in a secondary, the local copy of the global database). */
    public String readerEndpoint() { return cluster.getAttrReadEndpointAddress(); }

    /** The master credentials; present in the primary only (secondaries use the replica of the same name). */
    public Optional<ISecret> secret() { return Optional.ofNullable(secret); }

    @Override public List<SuppressionRule> suppressions() { return suppressions; }

    private static List<SuppressionRule> suppressions(AuroraClusterProps props) {
        String cluster = "AWS::RDS::DBCluster";
        String instance = "AWS::RDS::DBInstance";
        String secret = "AWS::SecretsManager::Secret";
        String noProtection = "The sizing turns deletion protection off (small: disposable environments that tear down with the stack).";
        String rotation = "The master credentials are replicated to every region of the global database for failover;"
                + " rotation needs a rotation function in the isolated subnets and is left to the operator.";
        return List.of(
                on(cluster, "Resource", !props.deletionProtection(), of("AwsSolutions-RDS10", noProtection)),
                on(cluster, "Resource", !props.deletionProtection(), of(NIST + "RDSInstanceDeletionProtectionEnabled", noProtection)),
                on(cluster, "Resource", of("AwsSolutions-RDS11",
                        "The cluster keeps the engine's default port: it sits in isolated subnets behind a security group that admits only the app tier, so a different port would hide nothing.")),
                on(cluster, "Resource", of("AwsSolutions-RDS14",
                        "Aurora Backtrack is not supported for clusters in an Aurora global database, which every fleet's Aurora cluster is.")),
                on(instance, "Instance\\d+", of(NIST + "RDSEnhancedMonitoringEnabled",
                        "The cluster's CloudWatch metrics, engine logs and the regional alarms cover monitoring; enhanced OS metrics would need a role with an AWS-managed policy in every region.")),
                on(instance, "Instance\\d+", of(NIST + "RDSInBackupPlan",
                        "Aurora's continuous automated backups (retention per sizing, up to 35 days) and the global database's copies in other regions protect the data; AWS Backup is an account-level choice outside the fleet.")),
                on(secret, "Credentials/Resource", of("AwsSolutions-SMG4", rotation)),
                on(secret, "Credentials/Resource", of(NIST + "SecretsManagerRotationEnabled", rotation)));
    }
}
