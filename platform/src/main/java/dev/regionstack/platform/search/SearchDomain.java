package dev.regionstack.platform.search;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.SuppressionRule;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.ec2.CfnSecurityGroupEgress;
import software.amazon.awscdk.services.ec2.CfnSecurityGroupIngress;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.logs.CfnResourcePolicy;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.opensearchservice.CfnDomain;
import software.constructs.Construct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * An OpenSearch Service domain in the given (isolated) subnets behind its own security group, which admits nothing
 * until {@link #allowHttpsFrom} names a client: KMS encryption at rest with the region's key, node-to-node encryption,
 * HTTPS only with a TLS 1.2 policy, gp3 volumes, and fine-grained access control whose master is one IAM role (no
 * internal user database, so no password to keep). Its application, slow and audit logs go to log groups of its own,
 * encrypted with the same key, which a resource policy lets OpenSearch Service (for this domain only) write to.
 *
 * <p>CloudFormation level on purpose: the L2 {@code Domain} applies access and log-group policies through
 * custom-resource Lambda functions; both are plain properties or resources here.
 */
public final class SearchDomain extends Construct implements Guarded {
    public static final String ENGINE_VERSION = "OpenSearch_2.19";
    /** TLS 1.2 at least (the policy AWS Control Tower's proactive control CT.OPENSEARCH.PR.8 names). */
    public static final String TLS_POLICY = "Policy-Min-TLS-1-2-2019-07";
    /** The log types the domain publishes, each to its own group. */
    public static final List<String> LOG_TYPES = List.of("ES_APPLICATION_LOGS", "SEARCH_SLOW_LOGS", "INDEX_SLOW_LOGS", "AUDIT_LOGS");

    private final CfnDomain domain;
    private final SecurityGroup securityGroup;
    private final String domainArn;
    private final List<SuppressionRule> suppressions;

    public SearchDomain(Construct scope, String id, SearchDomainProps props) {
        super(scope, id);
        Stack stack = Stack.of(this);
        SearchCapacity capacity = props.capacity();
        domainArn = "arn:" + stack.getPartition() + ":es:" + stack.getRegion() + ":" + stack.getAccount() + ":domain/" + props.domainName();

        securityGroup = SecurityGroup.Builder.create(this, "SecurityGroup")
                .vpc(props.vpc())
                .description("OpenSearch domain " + props.domainName() + ": HTTPS from its clients only")
                .allowAllOutbound(false)
                .build();

        Map<String, LogGroup> logs = new LinkedHashMap<>();
        for (String type : LOG_TYPES) {
            logs.put(type, LogGroup.Builder.create(this, logId(type))
                    .encryptionKey(props.key())
                    .retention(props.logRetention())
                    .removalPolicy(props.removalPolicy())
                    .build());
        }
        // OpenSearch Service checks at creation that it may write to the groups (a per-region account resource policy).
        CfnResourcePolicy logPolicy = CfnResourcePolicy.Builder.create(this, "LogsPolicy")
                .policyName(props.domainName() + "-logs")
                .policyDocument(stack.toJsonString(ordered("Version", "2012-10-17", "Statement", List.of(ordered(
                        "Sid", "OpenSearchPublishesLogs",
                        "Effect", "Allow",
                        "Principal", ordered("Service", "es.amazonaws.com"),
                        "Action", List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                        "Resource", logs.values().stream().map(LogGroup::getLogGroupArn).toList(),
                        "Condition", ordered("StringEquals", ordered("aws:SourceAccount", stack.getAccount()),
                                "ArnLike", ordered("aws:SourceArn", domainArn)))))))
                .build();

        Map<String, CfnDomain.LogPublishingOptionProperty> publishing = new LinkedHashMap<>();
        logs.forEach((type, group) -> publishing.put(type, CfnDomain.LogPublishingOptionProperty.builder()
                .enabled(true).cloudWatchLogsLogGroupArn(group.getLogGroupArn()).build()));
        List<ISubnet> subnets = props.subnets().subList(0, capacity.zones());

        CfnDomain.ClusterConfigProperty.Builder cluster = CfnDomain.ClusterConfigProperty.builder()
                .instanceType(capacity.dataInstanceType())
                .instanceCount(capacity.dataNodes())
                .zoneAwarenessEnabled(capacity.zoneAware())
                .dedicatedMasterEnabled(capacity.dedicatedMasters())
                .multiAzWithStandbyEnabled(false);
        if (capacity.zoneAware()) {
            cluster.zoneAwarenessConfig(CfnDomain.ZoneAwarenessConfigProperty.builder().availabilityZoneCount(capacity.zones()).build());
        }
        if (capacity.dedicatedMasters()) {
            cluster.dedicatedMasterType(capacity.masterInstanceType()).dedicatedMasterCount(SearchCapacity.MASTERS);
        }

        domain = CfnDomain.Builder.create(this, "Resource")
                .domainName(props.domainName())
                .engineVersion(ENGINE_VERSION)
                .clusterConfig(cluster.build())
                .ebsOptions(CfnDomain.EBSOptionsProperty.builder()
                        .ebsEnabled(true).volumeType("gp3").volumeSize(capacity.volumeGiB()).build())
                .encryptionAtRestOptions(CfnDomain.EncryptionAtRestOptionsProperty.builder()
                        .enabled(true).kmsKeyId(props.key().getKeyArn()).build())
                .nodeToNodeEncryptionOptions(CfnDomain.NodeToNodeEncryptionOptionsProperty.builder().enabled(true).build())
                .domainEndpointOptions(CfnDomain.DomainEndpointOptionsProperty.builder()
                        .enforceHttps(true).tlsSecurityPolicy(TLS_POLICY).build())
                .advancedSecurityOptions(CfnDomain.AdvancedSecurityOptionsInputProperty.builder()
                        .enabled(true)
                        .internalUserDatabaseEnabled(false)
                        .masterUserOptions(CfnDomain.MasterUserOptionsProperty.builder()
                                .masterUserArn(props.master().getRoleArn()).build())
                        .build())
                .vpcOptions(CfnDomain.VPCOptionsProperty.builder()
                        .subnetIds(subnets.stream().map(ISubnet::getSubnetId).toList())
                        .securityGroupIds(List.of(securityGroup.getSecurityGroupId()))
                        .build())
                .logPublishingOptions(publishing)
                // IAM decides who reaches the REST API at all; fine-grained access control what each may do there.
                .accessPolicies(ordered("Version", "2012-10-17", "Statement", List.of(ordered(
                        "Sid", "MasterRole",
                        "Effect", "Allow",
                        "Principal", ordered("AWS", props.master().getRoleArn()),
                        "Action", List.of("es:ESHttpGet", "es:ESHttpHead", "es:ESHttpPost", "es:ESHttpPut"),
                        "Resource", domainArn + "/*"))))
                .build();
        domain.applyRemovalPolicy(props.removalPolicy());
        domain.getNode().addDependency(logPolicy);

        boolean masters = capacity.dedicatedMasters();
        boolean zoneAware = capacity.zoneAware();
        suppressions = List.of(
                on("AWS::OpenSearchService::Domain", "Resource", of("AwsSolutions-OS3",
                        "The domain has no public endpoint: it sits in the VPC's isolated tier behind a security group that admits only its clients' groups on 443, and its access policy names one IAM role.")),
                on("AWS::OpenSearchService::Domain", "Resource", !masters, of("AwsSolutions-OS4",
                        "The sizing gives this domain no dedicated master nodes: one or two data nodes elect their own master, and only the large preset's three-zone domain has dedicated masters.")),
                on("AWS::OpenSearchService::Domain", "Resource", !zoneAware, of("AwsSolutions-OS7",
                        "The small preset's domain is one data node in one zone, so there is no second zone to be aware of; medium and large span two or three zones.")));
    }

    /** A JSON object in the order written (Map.of's order changes from one JVM to the next; synth must not). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return map;
    }

    private static String logId(String type) {
        return switch (type) {
            case "ES_APPLICATION_LOGS" -> "ApplicationLogs";
            case "SEARCH_SLOW_LOGS" -> "SearchSlowLogs";
            case "INDEX_SLOW_LOGS" -> "IndexSlowLogs";
            case "AUDIT_LOGS" -> "AuditLogs";
            default -> throw new IllegalArgumentException(type);
        };
    }

    /**
     * Admits {@code client}'s security group on 443, and lets the client out to the domain on 443: standalone rules
     * (named {@code <id>Ingress} and {@code <id>Egress} under this construct), since inline ones on two groups that
     * name each other would be a dependency cycle.
     */
    public void allowHttpsFrom(String id, ISecurityGroup client, String description) {
        CfnSecurityGroupIngress.Builder.create(this, id + "Ingress")
                .groupId(securityGroup.getSecurityGroupId())
                .sourceSecurityGroupId(client.getSecurityGroupId())
                .ipProtocol("tcp").fromPort(443).toPort(443)
                .description(description)
                .build();
        CfnSecurityGroupEgress.Builder.create(this, id + "Egress")
                .groupId(client.getSecurityGroupId())
                .destinationSecurityGroupId(securityGroup.getSecurityGroupId())
                .ipProtocol("tcp").fromPort(443).toPort(443)
                .description(description)
                .build();
    }

    public CfnDomain domain() { return domain; }

    /** The domain's HTTPS endpoint (a token): the VPC endpoint's host name. */
    public String endpoint() { return domain.getAttrDomainEndpoint(); }

    /** {@code arn:<partition>:es:<region>:<account>:domain/<name>}, known before the domain exists. */
    public String domainArn() { return domainArn; }

    public ISecurityGroup securityGroup() { return securityGroup; }

    @Override public List<SuppressionRule> suppressions() { return suppressions; }
}
