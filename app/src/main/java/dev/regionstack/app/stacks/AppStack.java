package dev.regionstack.app.stacks;

import dev.regionstack.names.PhysicalNames;
import dev.regionstack.fleet.model.AppSettings;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Dns;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.platform.crossregion.ParameterNames;
import dev.regionstack.platform.data.AuroraCluster;
import dev.regionstack.platform.metrics.PrometheusScrape;
import dev.regionstack.platform.removal.Removal;
import dev.regionstack.platform.service.ContainerService;
import dev.regionstack.platform.service.ContainerServiceProps;
import dev.regionstack.platform.service.HttpsSettings;
import dev.regionstack.platform.service.RegionalWebAclProps;
import dev.regionstack.platform.service.ServiceDatabase;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.ITableV2;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationLoadBalancer;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.ssm.StringParameter;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code app} layer of one region: the containerised service behind its ALB and WAF. Publishes the ALB's
 * addresses to SSM (layer {@code app}) for the global edge/dns stacks and the observability stack.
 *
 * <p>The task role is granted the region's replica of the global table, named by {@link DataReferences} with the
 * region's key. With Aurora, the service reaches this region's cluster (given by the region's data stack) and
 * nothing else does: the cluster's security group admits the tasks' group on the engine's port (the rule lives in
 * this stack), and the app container receives (see {@link ContainerService}):
 * <ul>
 * <li>{@code DB_HOST}: this region's cluster endpoint. In the primary region that is the global database's writer.
 *     In a secondary region it is the local secondary cluster's endpoint, which refuses writes until a global
 *     failover or switchover makes that cluster the writer (it then accepts them without a redeploy); until then
 *     a secondary region's writes must go to the primary region.</li>
 * <li>{@code DB_READER_HOST}: this region's reader endpoint (in a secondary, the local secondary cluster's readers).</li>
 * <li>{@code DB_PORT}: the engine's port (5432 for PostgreSQL, 3306 for MySQL).</li>
 * <li>{@code DB_USERNAME}, {@code DB_PASSWORD}: ECS secrets from the credentials {@code <project>-<env>-aurora-credentials}
 *     in this region (the primary's secret, or its replica, encrypted with this region's key), which the task
 *     execution role may read and decrypt.</li>
 * </ul>
 */
public final class AppStack extends Stack {
    public static final String LAYER = "app";
    /** SSM keys published under {@code ParameterNames.of(project, env, region, "app", key)}. */
    public static final String ALB_DNS_NAME = "alb-dns-name";
    public static final String ALB_ARN = "alb-arn";
    public static final String ALB_ZONE_ID = "alb-zone-id";
    public static final String ALB_FULL_NAME = "alb-full-name";
    public static final String TARGET_GROUP_FULL_NAME = "target-group-full-name";
    /** The ECS cluster's and service's ARNs, for the Region switch plans' capacity step. */
    public static final String ECS_CLUSTER_ARN = "ecs-cluster-arn";
    public static final String ECS_SERVICE_ARN = "ecs-service-arn";

    private final ContainerService service;
    private final AlbParameters albParameters;

    /** Without Prometheus metrics: the collector sidecar forwards traces only. */
    public AppStack(Construct scope, String id, StackProps props, Deployment deployment, Optional<Dns> dns,
                    IVpc vpc, IKey key, Optional<AuroraCluster> aurora) {
        this(scope, id, props, deployment, dns, vpc, key, aurora, Optional.empty());
    }

    /**
     * @param vpc    the region's VPC (network stack)
     * @param key    the region's key (security stack): encrypts the logs, the table and the Aurora credentials
     * @param aurora this region's Aurora cluster (data stack), when the environment has Aurora
     * @param prometheus the region's Prometheus workspace (metrics stack) the collector sidecar remote-writes to
     */
    public AppStack(Construct scope, String id, StackProps props, Deployment deployment, Optional<Dns> dns,
                    IVpc vpc, IKey key, Optional<AuroraCluster> aurora,
                    Optional<PrometheusScrape> prometheus) {
        super(scope, id, props);
        ITableV2 table = DataReferences.table(this, deployment, key);
        Optional<ServiceDatabase> database = aurora.map(cluster -> new ServiceDatabase(cluster.endpoint(),
                cluster.readerEndpoint(), cluster.port(), DataReferences.auroraCredentials(this, deployment, key)));
        AppSettings app = deployment.settings().app();
        Sizing sizing = deployment.settings().sizing();

        service = new ContainerService(this, "Service", ContainerServiceProps.builder()
                .vpc(vpc).key(key).table(table)
                .image(app.image()).port(app.port()).healthPath(app.healthPath())
                .cpu(app.cpu()).memoryMiB(app.memoryMiB()).minTasks(app.minTasks()).maxTasks(app.maxTasks())
                .logRetention(LogRetention.of(deployment.settings().knobs().logRetentionDays()))
                .enhancedInsights(sizing.detailedMonitoring())
                .removalPolicy(Removal.of(sizing.retainData()))
                .webAcl(new RegionalWebAclProps(PhysicalNames.appWebAcl(deployment.project(), deployment.environment()), deployment.settings().waf().rateLimitPer5Min(),
                        deployment.settings().waf().blockedCountries(),
                        new RegionalWebAclProps.Logs(key, LogRetention.of(deployment.settings().knobs().logRetentionDays()),
                                Removal.of(sizing.retainData()))))
                .https(dns.map(zone -> https(deployment, zone)))
                .database(database)
                .prometheus(prometheus)
                .build());
        aurora.ifPresent(cluster -> cluster.allowDefaultPortFrom(service.service()));

        String region = deployment.region();
        Map<String, String> published = new java.util.LinkedHashMap<>();
        published.put(ALB_DNS_NAME, service.loadBalancer().getLoadBalancerDnsName());
        published.put(ALB_ARN, service.loadBalancer().getLoadBalancerArn());
        published.put(ALB_ZONE_ID, service.loadBalancer().getLoadBalancerCanonicalHostedZoneId());
        published.put(ALB_FULL_NAME, service.loadBalancerFullName());
        published.put(TARGET_GROUP_FULL_NAME, service.targetGroupFullName());
        if (publishesService(deployment)) {
            published.put(ECS_CLUSTER_ARN, service.cluster().getClusterArn());
            published.put(ECS_SERVICE_ARN, service.service().getServiceArn());
        }
        published.forEach((key_, value) -> StringParameter.Builder.create(this, parameterId(key_))
                .parameterName(ParameterNames.of(deployment.project(), deployment.environment(), region, LAYER, key_))
                .stringValue(value)
                .description("Published by the app stack for the edge, dns and observability stacks")
                .build());
        albParameters = albParameters(deployment);

        CfnOutput.Builder.create(this, "LoadBalancerDnsName").value(service.loadBalancer().getLoadBalancerDnsName())
                .description("The ALB's DNS name").build();
        CfnOutput.Builder.create(this, "ServiceName").value(service.service().getServiceName())
                .description("The ECS service").build();
        CfnOutput.Builder.create(this, "ClusterName").value(service.cluster().getClusterName())
                .description("The ECS cluster").build();
        dns.ifPresent(zone -> CfnOutput.Builder.create(this, "Url")
                .value("https://" + https(deployment, zone).domainName() + "/")
                .description("The regional HTTPS name (its DNS record is made by the dns layer)").build());
    }

    /** The service's ARNs are published where a Region switch plan reads them: environments of two regions or more. */
    static boolean publishesService(Deployment deployment) { return deployment.environmentRegions().size() > 1; }

    /** Where the app stack of this deployment publishes its ALB's metric dimensions (known before it exists). */
    public static AlbParameters albParameters(Deployment deployment) {
        return new AlbParameters(
                ParameterNames.of(deployment.project(), deployment.environment(), deployment.region(), LAYER, ALB_FULL_NAME),
                ParameterNames.of(deployment.project(), deployment.environment(), deployment.region(), LAYER, TARGET_GROUP_FULL_NAME));
    }

    /**
     * {@code <region>.<recordName>.<zone>} plus {@code <recordName>.<zone>} (the name the global dns layer routes), in
     * the environment's own zone, where ACM's validation records are written.
     */
    static HttpsSettings https(Deployment deployment, Dns dns) {
        return new HttpsSettings(PhysicalNames.regionalDomain(DnsNames.domain(dns), deployment.region()),
                List.of(DnsNames.domain(dns).routed()), dns.zoneId(), dns.zoneName());
    }

    private static String parameterId(String key) {
        StringBuilder id = new StringBuilder();
        for (String part : key.split("-")) {
            id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return id.append("Parameter").toString();
    }

    public IApplicationLoadBalancer loadBalancer() { return service.loadBalancer(); }

    /** The ALB's metric dimension (a token of this stack; other stacks use {@link #albParameters()}). */
    public String loadBalancerFullName() { return service.loadBalancerFullName(); }

    /** SSM parameter names of the ALB's metric dimensions, for {@link ObservedResources}. */
    public AlbParameters albParameters() { return albParameters; }

    public ContainerService service() { return service; }
}
