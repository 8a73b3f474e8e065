package dev.regionstack.platform.service;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.Reasons;
import dev.regionstack.platform.guardrails.SuppressionRule;
import dev.regionstack.platform.metrics.CollectorConfig;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.certificatemanager.CertificateValidation;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.ContainerInsights;
import software.amazon.awscdk.services.ecs.CpuArchitecture;
import software.amazon.awscdk.services.ecs.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.DeploymentStrategy;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.ecs.LoadBalancerTargetOptions;
import software.amazon.awscdk.services.ecs.LogDrivers;
import software.amazon.awscdk.services.ecs.MemoryUtilizationScalingProps;
import software.amazon.awscdk.services.ecs.OperatingSystemFamily;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.Protocol;
import software.amazon.awscdk.services.ecs.RuntimePlatform;
import software.amazon.awscdk.services.ecs.ScalableTaskCount;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.IListenerCertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.RedirectOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;
import software.amazon.awscdk.services.elasticloadbalancingv2.TargetType;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.iam.ServicePrincipalOpts;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.route53.HostedZone;
import software.amazon.awscdk.services.route53.HostedZoneAttributes;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.ecr.Repository;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * The {@code app} component: a Fargate service in private subnets behind an internet-facing ALB with a regional
 * WAF web ACL, auto scaling on CPU and memory, Container Insights and an ADOT (OpenTelemetry) collector sidecar
 * that forwards traces to X-Ray. The task role may read and write the global table and use its key, plus the
 * X-Ray write actions the collector needs; the execution role (image pull, log writes) is a separate role.
 *
 * <p>The app container's environment: {@value #TABLE_NAME}, the collector's addresses, and with a
 * {@linkplain ContainerServiceProps#database() database}:
 * <ul>
 * <li>{@value #DB_HOST}: the writer endpoint given (in the app layer: the local cluster's endpoint, which in a
 *     secondary region of an Aurora global database refuses writes until a global failover or switchover makes that
 *     cluster the writer);</li>
 * <li>{@value #DB_READER_HOST}: the reader endpoint given (in the app layer: the local cluster's reader endpoint);</li>
 * <li>{@value #DB_PORT}: the port of both;</li>
 * <li>{@value #DB_USERNAME} and {@value #DB_PASSWORD}: ECS secrets from the JSON keys {@code username} and
 *     {@code password} of the credentials secret, read at task start by the execution role, which is granted
 *     {@code secretsmanager:GetSecretValue} on that secret and {@code kms:Decrypt} on its key through Secrets
 *     Manager. The values never appear in the task definition.</li>
 * </ul>
 * The service's security group allows all outbound traffic, so the database's owner only has to admit it.
 *
 * <p>Releases are rolling with the circuit breaker (and its rollback), or with {@linkplain ContainerServiceProps#blueGreen()
 * blue/green settings} ECS's native blue/green strategy ({@link BlueGreenRelease}); the circuit breaker stays on, and
 * the ECS deployment controller is the same in both, so switching strategy updates the service in place.
 */
public final class ContainerService extends Construct implements Guarded {
    private final List<SuppressionRule> suppressions;
    /** The OpenTelemetry collector sidecar: receives OTLP (4317/4318) and X-Ray UDP (2000), exports to X-Ray. */
    public static final String COLLECTOR_IMAGE = "public.ecr.aws/aws-observability/aws-otel-collector:v0.43.3";
    /** Target tracking goals of the two scaling policies. */
    public static final int CPU_TARGET_PERCENT = 60;
    public static final int MEMORY_TARGET_PERCENT = 70;
    /** The X-Ray actions; X-Ray has no resource-level permissions, hence resource "*". */
    static final List<String> XRAY_ACTIONS = List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords",
            "xray:GetSamplingRules", "xray:GetSamplingTargets", "xray:GetSamplingStatisticSummaries");

    /** The app container's environment variables and secrets (see the class comment). */
    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String DB_HOST = "DB_HOST";
    public static final String DB_READER_HOST = "DB_READER_HOST";
    public static final String DB_PORT = "DB_PORT";
    public static final String DB_USERNAME = "DB_USERNAME";
    public static final String DB_PASSWORD = "DB_PASSWORD";

    private final Cluster cluster;
    private final FargateService service;
    private final ApplicationLoadBalancer loadBalancer;
    private final ApplicationTargetGroup targetGroup;
    private final Role taskRole;
    private final RegionalWebAcl webAcl;
    private final Optional<BlueGreenRelease> blueGreen;

    public ContainerService(Construct scope, String id, ContainerServiceProps props) {
        super(scope, id);
        suppressions = suppressions(props.https().isEmpty(), props.ecrImage().isPresent(), props.blueGreen().isPresent());
        String account = Stack.of(this).getAccount();
        boolean destroy = props.removalPolicy() == RemovalPolicy.DESTROY;

        cluster = Cluster.Builder.create(this, "Cluster")
                .vpc(props.vpc())
                .containerInsightsV2(props.enhancedInsights() ? ContainerInsights.ENHANCED : ContainerInsights.ENABLED)
                .build();

        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .encryptionKey(props.key())
                .retention(props.logRetention())
                .removalPolicy(props.removalPolicy())
                .build();

        ServicePrincipal ecsTasks = new ServicePrincipal("ecs-tasks.amazonaws.com", ServicePrincipalOpts.builder()
                .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", account)))
                .build());
        Role executionRole = Role.Builder.create(this, "ExecutionRole")
                .assumedBy(ecsTasks)
                .description(props.database().isPresent()
                        ? "ECS agent: pull the images, write the container logs, read the database credentials"
                        : "ECS agent: pull the images, write the container logs")
                .build();
        taskRole = Role.Builder.create(this, "TaskRole")
                .assumedBy(ecsTasks)
                .description("The application: read/write the global table, send traces")
                .build();
        props.table().grantReadWriteData(taskRole);
        props.key().grantEncryptDecrypt(taskRole);
        taskRole.addToPolicy(PolicyStatement.Builder.create().sid("SendTraces")
                .actions(XRAY_ACTIONS).resources(List.of("*")).build());
        props.prometheus().ifPresent(p -> p.grantRemoteWrite(taskRole));

        FargateTaskDefinition task = FargateTaskDefinition.Builder.create(this, "Task")
                .cpu(props.cpu())
                .memoryLimitMiB(props.memoryMiB())
                .taskRole(taskRole)
                .executionRole(executionRole)
                .runtimePlatform(RuntimePlatform.builder()
                        .cpuArchitecture(CpuArchitecture.X86_64)
                        .operatingSystemFamily(OperatingSystemFamily.LINUX).build())
                .build();
        Map<String, String> environment = new TreeMap<>(Map.of(
                TABLE_NAME, props.table().getTableName(),
                "AWS_XRAY_DAEMON_ADDRESS", "127.0.0.1:2000",
                "OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4317"));
        Map<String, Secret> secrets = new TreeMap<>();
        props.database().ifPresent(db -> {
            environment.put(DB_HOST, db.writerEndpoint());
            environment.put(DB_READER_HOST, db.readerEndpoint());
            environment.put(DB_PORT, Integer.toString(db.port()));
            // ECS grants the execution role read on the secret; decrypt on the secret's key is added below.
            secrets.put(DB_USERNAME, Secret.fromSecretsManager(db.credentials(), "username"));
            secrets.put(DB_PASSWORD, Secret.fromSecretsManager(db.credentials(), "password"));
            // The secret's own grant gives decrypt only through the key's policy, which a key referred to by ARN does
            // not have here: say it in the role's policy, for Secrets Manager's use of the key only.
            IKey credentialsKey = db.credentials().getEncryptionKey();
            if (credentialsKey != null) {
                executionRole.addToPolicy(PolicyStatement.Builder.create().sid("DecryptDatabaseCredentials")
                        .actions(List.of("kms:Decrypt"))
                        .resources(List.of(credentialsKey.getKeyArn()))
                        .conditions(Map.of("StringEquals", Map.of("kms:ViaService",
                                "secretsmanager." + Stack.of(this).getRegion() + ".amazonaws.com")))
                        .build());
            }
        });
        ContainerDefinition app = task.addContainer("App", ContainerDefinitionOptions.builder()
                .containerName("app")
                .image(props.ecrImage().map(this::ecrImage).orElseGet(() -> ContainerImage.fromRegistry(props.image())))
                .essential(true)
                .portMappings(List.of(PortMapping.builder().containerPort(props.port()).protocol(Protocol.TCP).build()))
                .environment(environment)
                .secrets(secrets.isEmpty() ? null : secrets)
                .logging(LogDrivers.awsLogs(AwsLogDriverProps.builder().logGroup(logs).streamPrefix("app").build()))
                .build());
        task.addContainer("Collector", ContainerDefinitionOptions.builder()
                .containerName("otel-collector")
                .image(ContainerImage.fromRegistry(COLLECTOR_IMAGE))
                .essential(false)
                .command(props.prometheus().isPresent() ? null : List.of("--config=/etc/ecs/ecs-xray.yaml"))
                .environment(props.prometheus().map(p -> Map.of(CollectorConfig.ENVIRONMENT_VARIABLE, CollectorConfig.yaml(p))).orElse(null))
                .memoryReservationMiB(64)
                .logging(LogDrivers.awsLogs(AwsLogDriverProps.builder().logGroup(logs).streamPrefix("otel").build()))
                .build());

        ISecurityGroup albSecurityGroup = SecurityGroup.Builder.create(this, "LoadBalancerSecurityGroup")
                .vpc(props.vpc())
                .description("ALB: HTTPS/HTTP from anywhere, to the service only")
                .allowAllOutbound(false)
                .build();
        SecurityGroup serviceSecurityGroup = SecurityGroup.Builder.create(this, "ServiceSecurityGroup")
                .vpc(props.vpc())
                .description("Service tasks: the container port from the ALB only")
                .allowAllOutbound(true)
                .build();
        serviceSecurityGroup.addIngressRule(albSecurityGroup, Port.tcp(props.port()), "From the ALB");
        albSecurityGroup.addEgressRule(serviceSecurityGroup, Port.tcp(props.port()), "To the service");

        loadBalancer = ApplicationLoadBalancer.Builder.create(this, "LoadBalancer")
                .vpc(props.vpc())
                .internetFacing(true)
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build())
                .securityGroup(albSecurityGroup)
                .dropInvalidHeaderFields(true)
                .build();

        // ALB access logs only support SSE-S3 (not KMS), so this bucket is the one exception to the KMS rule.
        Bucket accessLogs = Bucket.Builder.create(this, "AccessLogs")
                .encryption(BucketEncryption.S3_MANAGED)
                .versioned(true)
                // Access logs are operational data: 90 days, and overwritten versions a week.
                .lifecycleRules(List.of(LifecycleRule.builder().id("ExpireAccessLogs")
                        .expiration(Duration.days(90)).noncurrentVersionExpiration(Duration.days(7)).build()))
                .enforceSsl(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .removalPolicy(props.removalPolicy())
                .autoDeleteObjects(destroy)
                .build();
        loadBalancer.logAccessLogs(accessLogs, "alb");

        service = FargateService.Builder.create(this, "Service")
                .cluster(cluster)
                .taskDefinition(task)
                .desiredCount(props.minTasks())
                .minHealthyPercent(100)
                .maxHealthyPercent(200)
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
                .securityGroups(List.of(serviceSecurityGroup))
                .assignPublicIp(false)
                .circuitBreaker(DeploymentCircuitBreaker.builder().enable(true).rollback(true).build())
                .deploymentStrategy(props.blueGreen().isPresent() ? DeploymentStrategy.BLUE_GREEN : null)
                .bakeTime(props.blueGreen().map(BlueGreenSettings::bakeTime).orElse(null))
                .build();

        ApplicationTargetGroup.Builder blue = ApplicationTargetGroup.Builder.create(this, "TargetGroup")
                .vpc(props.vpc())
                .port(props.port())
                .protocol(ApplicationProtocol.HTTP)
                .targetType(TargetType.IP)
                .deregistrationDelay(Duration.seconds(30))
                .healthCheck(HealthCheck.builder().path(props.healthPath()).healthyHttpCodes("200-399").build());
        // Blue/green registers the tasks with the alternate target group as well, once the rules exist (below).
        if (props.blueGreen().isEmpty()) {
            blue.targets(List.of(service.loadBalancerTarget(LoadBalancerTargetOptions.builder()
                    .containerName(app.getContainerName()).containerPort(props.port()).build())));
        }
        targetGroup = blue.build();
        // Blue/green too: the production listener's rule takes every request, and the unchanged default keeps a switch
        // from rolling free of a moment in which the listener routes nowhere.
        ListenerAction production = ListenerAction.forward(List.of(targetGroup));
        Optional<IListenerCertificate> certificate = Optional.empty();
        ApplicationListener productionListener;

        if (props.https().isPresent()) {
            HttpsSettings https = props.https().get();
            Certificate acmCertificate = Certificate.Builder.create(this, "Certificate")
                    .domainName(https.domainName())
                    .subjectAlternativeNames(https.subjectAlternativeNames())
                    .validation(CertificateValidation.fromDns(HostedZone.fromHostedZoneAttributes(this, "Zone",
                            HostedZoneAttributes.builder().hostedZoneId(https.hostedZoneId()).zoneName(https.zoneName()).build())))
                    .build();
            certificate = Optional.of(ListenerCertificate.fromCertificateManager(acmCertificate));
            productionListener = listener("HttpsListener", albSecurityGroup, 443, BaseApplicationListenerProps.builder()
                    .protocol(ApplicationProtocol.HTTPS)
                    .certificates(List.of(certificate.get()))
                    .sslPolicy(SslPolicy.RECOMMENDED_TLS)
                    .defaultAction(production));
            listener("HttpListener", albSecurityGroup, 80, BaseApplicationListenerProps.builder()
                    .protocol(ApplicationProtocol.HTTP)
                    .defaultAction(ListenerAction.redirect(RedirectOptions.builder()
                            .protocol("HTTPS").port("443").permanent(true).build())));
        } else {
            productionListener = listener("HttpListener", albSecurityGroup, 80, BaseApplicationListenerProps.builder()
                    .protocol(ApplicationProtocol.HTTP)
                    .defaultAction(production));
        }
        if (props.blueGreen().isPresent()) {
            blueGreen = Optional.of(new BlueGreenRelease(this, "BlueGreen", props.blueGreen().get(), props.vpc(), loadBalancer,
                    albSecurityGroup, productionListener, targetGroup, props.port(), props.healthPath(), certificate));
            blueGreen.get().attach(service, app.getContainerName(), props.port(), targetGroup);
        } else {
            blueGreen = Optional.empty();
        }

        ScalableTaskCount scaling = service.autoScaleTaskCount(EnableScalingProps.builder()
                .minCapacity(props.minTasks()).maxCapacity(props.maxTasks()).build());
        scaling.scaleOnCpuUtilization("CpuScaling", CpuUtilizationScalingProps.builder()
                .targetUtilizationPercent(CPU_TARGET_PERCENT).build());
        scaling.scaleOnMemoryUtilization("MemoryScaling", MemoryUtilizationScalingProps.builder()
                .targetUtilizationPercent(MEMORY_TARGET_PERCENT).build());

        webAcl = new RegionalWebAcl(this, "WebAcl", props.webAcl());
        webAcl.associate("WebAclAssociation", loadBalancer.getLoadBalancerArn());
    }

    // open(false): the world may reach exactly the listener ports that exist, added here.
    /** The image in the service's own repository; CDK grants the execution role pull on it when the task binds it. */
    private ContainerImage ecrImage(EcrImage image) {
        return ContainerImage.fromEcrRepository(Repository.fromRepositoryName(this, "ImageRepository", image.repositoryName()), image.tag());
    }

    private ApplicationListener listener(String id, ISecurityGroup securityGroup, int port, BaseApplicationListenerProps.Builder listenerProps) {
        securityGroup.addIngressRule(Peer.anyIpv4(), Port.tcp(port), "Port " + port + " from anywhere");
        return loadBalancer.addListener(id, listenerProps.port(port).open(false).build());
    }

    public IApplicationLoadBalancer loadBalancer() { return loadBalancer; }

    /** {@code app/<name>/<id>}, the LoadBalancer dimension of the ALB's CloudWatch metrics (a token). */
    public String loadBalancerFullName() { return loadBalancer.getLoadBalancerFullName(); }

    /** {@code targetgroup/<name>/<id>}, the TargetGroup dimension of the CloudWatch metrics (a token). */
    public String targetGroupFullName() { return targetGroup.getTargetGroupFullName(); }

    public ICluster cluster() { return cluster; }

    public FargateService service() { return service; }

    public IRole taskRole() { return taskRole; }

    public RegionalWebAcl webAcl() { return webAcl; }

    /** The blue/green release's resources, when the service releases blue/green. */
    public Optional<BlueGreenRelease> blueGreen() { return blueGreen; }

    @Override public List<SuppressionRule> suppressions() { return suppressions; }

    /**
     * @param http without a DNS zone the service has no certificate and serves HTTP
     * @param ecr  the image is in the environment's repository: the execution role gets the registry token
     * @param blueGreen the load balancer admits the test listener's port from the NAT gateways' addresses
     */
    private static List<SuppressionRule> suppressions(boolean http, boolean ecr, boolean blueGreen) {
        String bucket = "AWS::S3::Bucket";
        String listener = "AWS::ElasticLoadBalancingV2::Listener";
        String policy = "AWS::IAM::Policy";
        String logs = "This bucket receives the load balancer's access logs";
        List<SuppressionRule> rules = new ArrayList<>(List.of(
                on("AWS::EC2::SecurityGroup", "LoadBalancerSecurityGroup/Resource", of("AwsSolutions-EC23",
                        "The internet-facing load balancer accepts HTTPS (443) from anywhere, and HTTP (80) only to redirect to HTTPS or when the fleet has no DNS zone.")),
                on("AWS::ECS::TaskDefinition", "Task/Resource", of("AwsSolutions-ECS2",
                        "The environment variables carry only non-secret settings (the table name, the local X-Ray and OpenTelemetry collector addresses and, with Aurora, the cluster's host names and port; with Prometheus metrics, the collector's configuration: its scrape target and the workspace's remote-write URL); the database credentials come from Secrets Manager through the task's secrets, never the environment.")),
                on(bucket, "AccessLogs/Resource", of("AwsSolutions-S1", logs + "; logging access to a log bucket would only move the question.")),
                on(bucket, "AccessLogs/Resource", of(NIST + "S3BucketLoggingEnabled", logs + "; logging access to a log bucket would only move the question.")),
                on(bucket, "AccessLogs/Resource", of(NIST + "S3BucketReplicationEnabled", logs + ", which are operational data with a lifetime of weeks, not records to keep in two regions.")),
                on(bucket, "AccessLogs/Resource", of(NIST + "S3DefaultEncryptionKMS",
                        "Elastic Load Balancing delivers access logs only to buckets encrypted with S3-managed keys (SSE-S3), not KMS.")),
                on("AWS::ElasticLoadBalancingV2::LoadBalancer", "LoadBalancer/Resource", of(NIST + "ELBDeletionProtectionEnabled",
                        "The load balancer holds no data and is rebuilt from the template; deletion protection would only block stack updates that replace it.")),
                on(listener, "LoadBalancer/HttpListener/Resource", of(NIST + "ELBv2ACMCertificateRequired",
                        "The HTTP listener redirects to HTTPS when the fleet has a DNS zone; without a zone there is no name to issue a certificate for.")),
                on(listener, "LoadBalancer/HttpListener/Resource", http, of(NIST + "ALBHttpToHttpsRedirection",
                        "Without a DNS zone in the fleet file there is no name to issue a certificate for, so the load balancer serves HTTP; with a zone this listener redirects to HTTPS."))));
        for (String role : List.of("ExecutionRole", "TaskRole")) {
            rules.add(on(policy, role + "/DefaultPolicy/Resource", of(NIST + "IAMNoInlinePolicy", Reasons.CDK_GRANT_INLINE)));
        }
        rules.add(on(policy, "TaskRole/DefaultPolicy/Resource", of("AwsSolutions-IAM5",
                List.of("Action::kms:ReEncrypt*", "Action::kms:GenerateDataKey*"), Reasons.KMS_GRANT_ACTIONS)));
        rules.add(on(policy, "TaskRole/DefaultPolicy/Resource", of("AwsSolutions-IAM5", List.of("Resource::*"), Reasons.XRAY)));
        rules.add(on(policy, "ExecutionRole/DefaultPolicy/Resource", ecr, of("AwsSolutions-IAM5", List.of("Resource::*"),
                "The registry login (ecr:GetAuthorizationToken) has no resource-level permissions, so its statement names Resource *;"
                        + " the pull actions name the environment's one repository.")));
        // cdk-nag cannot read a CIDR that is a token and reports the rule as not validated; verify reads the resolved rules
        for (String rule : List.of("EC2RestrictedSSH", "EC2RestrictedCommonPorts")) {
            rules.add(on("AWS::EC2::SecurityGroup", "LoadBalancerSecurityGroup/Resource", blueGreen, of("CdkNagValidationFailure",
                    List.of(NIST + rule), "The only ingress rules whose source is not a literal are the test listener's, from each NAT gateway's "
                            + "Elastic IP as a /32 (resolved at deploy time), on the test port alone, never 22; the deploy simulation's "
                            + "reachability check refuses a test port open to the internet.")));
        }
        return List.copyOf(rules);
    }
}
