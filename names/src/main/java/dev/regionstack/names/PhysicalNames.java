package dev.regionstack.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place that builds the physical names the platform derives from the fleet file: project, environment,
 * region, account and DNS zone. The stacks name their resources with these functions, and the fleet validator
 * checks every one of them against AWS's rules ({@link NameRules}) before anything is synthesized.
 */
public final class PhysicalNames {
    /** The credits functions' short names ({@code <project>-<env>-<short>}), longest included. */
    public static final List<String> FUNCTIONS = List.of("usage-check", "get-credits", "grant-credits", "payments",
            "threshold-notification");
    /** The data processor's and the stream transformation's functions ({@code <project>-<env>-<short>}). */
    public static final List<String> PROCESSING_FUNCTIONS = List.of("object-processor", "stream-transform");
    /** Stack name suffixes of the regional layers and of the global ones ({@code global-*}). */
    public static final List<String> REGIONAL_LAYERS = List.of("security", "network", "data", "peering", "peering-routes",
            "messaging", "search", "image-replica", "images", "app", "api", "observability", "pipeline", "pipeline-artifacts",
            "metrics", "dashboards",
            "processor");
    public static final List<String> GLOBAL_LAYERS = List.of("global-edge", "global-accelerator", "global-dns", "global-resilience");

    /** Which fleet-file values a name is made of, so that a refusal can say what to shorten. */
    public enum Part { PROJECT, ENVIRONMENT, REGION, ACCOUNT, ZONE, RECORD }

    /**
     * An environment's DNS names: the routed record {@code <recordName>.<zoneName>} and the names that follow from it.
     *
     * @param recordName the routed record's label (the fleet file's default: the environment name)
     * @param zoneName   the environment's hosted zone
     */
    public record Domain(String recordName, String zoneName) {
        /** {@code <recordName>.<zoneName>}: the name the routing policy answers for. */
        public String routed() { return recordName + "." + zoneName; }
    }

    /**
     * One physical name.
     *
     * @param what  what it names, for messages (e.g. {@code the data bucket})
     * @param rule  AWS's rule for it
     * @param name  the name
     * @param parts the fleet-file values it is made of
     */
    public record Named(String what, NameRule rule, String name, List<Part> parts) {
        public Named {
            parts = List.copyOf(parts);
        }

        /** What AWS would refuse, if anything. */
        public Optional<String> problem() { return rule.problem(name); }
    }

    private PhysicalNames() {}

    /** {@code <project>-<env>}: the prefix of every environment-wide name. */
    public static String prefix(String project, String environment) { return project + "-" + environment; }

    public static String regionalStack(String project, String environment, String region, String layer) {
        return prefix(project, environment) + "-" + region + "-" + layer;
    }

    public static String globalStack(String project, String environment, String layer) {
        return prefix(project, environment) + "-" + layer;
    }

    public static String dataBucket(String project, String environment, String region, String account) {
        return prefix(project, environment) + "-" + region + "-" + account + "-data";
    }

    public static String table(String project, String environment) { return prefix(project, environment) + "-main"; }

    public static String auroraGlobalCluster(String project, String environment) { return prefix(project, environment) + "-aurora"; }

    public static String auroraCluster(String project, String environment, String region) {
        return prefix(project, environment) + "-" + region + "-aurora";
    }

    public static String auroraSecret(String project, String environment) {
        return prefix(project, environment) + "-aurora-credentials";
    }

    public static String keyAlias(String project, String environment) { return "alias/" + prefix(project, environment) + "-data"; }

    public static String function(String project, String environment, String shortName) {
        return prefix(project, environment) + "-" + shortName;
    }

    /** {@code <project>-<env>-alerts}: the messaging layer's alert topic, the same name in every region. */
    public static String alertTopic(String project, String environment) { return prefix(project, environment) + "-alerts"; }

    /** {@code <project>-<env>-observability-alerts}: the observability layer's own topic, where no messaging layer has one. */
    public static String observabilityAlertTopic(String project, String environment) {
        return prefix(project, environment) + "-observability-alerts";
    }

    /** {@code <project>-<env>-stack-drift}: the AWS Config rule that checks the environment's stacks for drift, in each region. */
    public static String stackDriftRule(String project, String environment) { return prefix(project, environment) + "-stack-drift"; }

    /** {@code <project>-<env>-events}: the EventBridge bus of each region. */
    public static String eventBus(String project, String environment) { return prefix(project, environment) + "-events"; }

    /** {@code <project>-<env>-app}: the load balancers' web ACL in each region, and the prefix of its metric names. */
    public static String appWebAcl(String project, String environment) { return prefix(project, environment) + "-app"; }

    /** {@code <project>-<env>-api}: the API stages' web ACL in each region, and the prefix of its metric names. */
    public static String apiWebAcl(String project, String environment) { return prefix(project, environment) + "-api"; }

    /** {@code <project>-<env>-edge}: the CloudFront distribution's web ACL, and the prefix of its metric names. */
    public static String edgeWebAcl(String project, String environment) { return prefix(project, environment) + "-edge"; }

    /** {@code <project>-<env>}: names CloudFront's access log group and its delivery source and destination. */
    public static String edgeAccessLogs(String project, String environment) { return prefix(project, environment); }

    /** {@code <project>-<env>-<region>}: the alias of a region's Amazon Managed Service for Prometheus workspace. */
    public static String prometheusWorkspace(String project, String environment, String region) {
        return prefix(project, environment) + "-" + region;
    }

    /** {@code <project>-<env>}: the environment's Amazon Managed Grafana workspace. */
    public static String grafanaWorkspace(String project, String environment) { return prefix(project, environment); }

    /** {@code <project>-<env>}: the Global Accelerator. */
    public static String accelerator(String project, String environment) { return prefix(project, environment); }

    /** {@code <project>-<env>-<region>}: a region's CloudWatch dashboard, and the prefix of its alarms' names. */
    public static String monitoring(String project, String environment, String region) {
        return prefix(project, environment) + "-" + region;
    }

    /** {@code <project>-<env>-<region>-<alarm>}: one of a region's alarms, e.g. {@code alb-target-5xx}. */
    public static String alarm(String project, String environment, String region, String alarm) {
        return monitoring(project, environment, region) + "-" + alarm;
    }

    /**
     * {@code <project>-<env>/app}: the environment's image repository, the same name in every region (ECR keeps a
     * repository's name when it replicates). The namespace makes {@code <project>-<env>/} a prefix no other
     * environment's repository starts with, so a registry replication rule can filter on it.
     */
    public static String imageRepository(String project, String environment) { return imageRepositoryPrefix(project, environment) + "app"; }

    /** {@code <project>-<env>/}: the replication rule's repository filter (a PREFIX_MATCH) for the environment. */
    public static String imageRepositoryPrefix(String project, String environment) { return prefix(project, environment) + "/"; }

    /** {@code <project>-<env>-image-build}: the pipeline's role that builds and pushes every environment's image. */
    public static String imageBuildRole(String project, String environment) { return prefix(project, environment) + "-image-build"; }

    /** {@code /<project>/<env>/<region>/<layer>/<key>}: values published for other stacks. */
    public static String parameter(String project, String environment, String region, String layer, String key) {
        return "/" + project + "/" + environment + "/" + region + "/" + layer + "/" + key;
    }

    /**
     * An ARC Region switch plan between the environment's primary and {@code region}: {@code <env>-<region>-<hash>},
     * the hash six hex digits of the project's SHA-256. A plan name has at most 32 characters, which
     * {@code <project>-<env>-<region>} can exceed; the longest environment and region codes give exactly 32.
     */
    public static String regionSwitchPlan(String project, String environment, String region) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(project.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return environment + "-" + region + "-" + java.util.HexFormat.of().formatHex(digest, 0, 3);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);   // every JVM has SHA-256
        }
    }

    /**
     * The region's OpenSearch domain: {@code <env>-<region code>-<hash>}, the region code the short form of
     * {@link #regionCode}, the hash six hex digits of the project's SHA-256 (as in {@link #regionSwitchPlan}). A domain
     * name has at most 28 characters and one account may hold the domains of several projects and environments;
     * {@code <project>-<env>-<region>} can be 40. The longest environment (10) and region code (6) give 24.
     */
    public static String searchDomain(String project, String environment, String region) {
        return environment + "-" + regionCode(region) + "-" + projectHash(project);
    }

    /** {@code <project>-<env>-log-shipper}: the function that indexes the region's subscribed log groups into its domain. */
    public static String logShipper(String project, String environment) { return prefix(project, environment) + "-log-shipper"; }

    /**
     * The service's X-Ray sampling rule in a region: {@code <env>-<region>-<hash>} as {@link #regionSwitchPlan} (X-Ray's
     * rule names have at most 32 characters; sampling rules are per account and region).
     */
    public static String samplingRule(String project, String environment, String region) {
        return environment + "-" + region + "-" + projectHash(project);
    }

    /**
     * A region's short code: the area, each direction word's initials ({@code northeast} is {@code ne}, {@code central}
     * {@code c}), then the number: {@code us-east-1} is {@code use1}, {@code ap-southeast-2} {@code apse2}. A word that
     * is no direction keeps its first letter ({@code us-gov-west-1} is {@code usgw1}).
     */
    public static String regionCode(String region) {
        String[] parts = region.split("-");
        StringBuilder code = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length - 1; i++) {
            String word = parts[i];
            switch (word) {
                case "northeast", "northwest", "southeast", "southwest" -> code.append(word.charAt(0)).append(word.charAt(5));
                default -> code.append(word.charAt(0));
            }
        }
        return code.append(parts.length > 1 ? parts[parts.length - 1] : "").toString();
    }

    private static String projectHash(String project) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(project.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 3);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);   // every JVM has SHA-256
        }
    }

    /**
     * A region's own HTTPS name, {@code <region>.<recordName>.<zone>}: the load balancer's (or, without the app, the
     * API's regional custom domain's), which its certificate covers and its health check requests.
     */
    public static String regionalDomain(Domain domain, String region) {
        return region + "." + domain.routed();
    }

    /** The CloudFront distribution's own name: {@code cdn.<recordName>.<zone>}. */
    public static String cdnDomain(Domain domain) { return "cdn." + domain.routed(); }

    /**
     * Every name of one deployment that the fleet file decides, with its rule. {@code domain} is the environment's DNS
     * when the deployment has records and certificates.
     */
    public static List<Named> of(String project, String environment, String region, String account, Optional<Domain> domain) {
        List<Part> env = List.of(Part.PROJECT, Part.ENVIRONMENT);
        List<Part> envRegion = List.of(Part.PROJECT, Part.ENVIRONMENT, Part.REGION);
        List<Named> names = new ArrayList<>();
        for (String layer : REGIONAL_LAYERS) {
            names.add(new Named("the " + layer + " stack", NameRules.STACK, regionalStack(project, environment, region, layer), envRegion));
        }
        for (String layer : GLOBAL_LAYERS) {
            names.add(new Named("the " + layer + " stack", NameRules.STACK, globalStack(project, environment, layer), env));
        }
        names.add(new Named("the data bucket", NameRules.of("AWS::S3::Bucket", "BucketName"),
                dataBucket(project, environment, region, account), List.of(Part.PROJECT, Part.ENVIRONMENT, Part.REGION, Part.ACCOUNT)));
        names.add(new Named("the global table", NameRules.of("AWS::DynamoDB::GlobalTable", "TableName"), table(project, environment), env));
        names.add(new Named("the Aurora global database", NameRules.of("AWS::RDS::GlobalCluster", "GlobalClusterIdentifier"),
                auroraGlobalCluster(project, environment), env));
        names.add(new Named("the Aurora cluster", NameRules.of("AWS::RDS::DBCluster", "DBClusterIdentifier"),
                auroraCluster(project, environment, region), envRegion));
        names.add(new Named("the Aurora credentials", NameRules.of("AWS::SecretsManager::Secret", "Name"), auroraSecret(project, environment), env));
        names.add(new Named("the image repository", NameRules.of("AWS::ECR::Repository", "RepositoryName"),
                imageRepository(project, environment), env));
        names.add(new Named("the pipeline's image build role", NameRules.of("AWS::IAM::Role", "RoleName"),
                imageBuildRole(project, environment), env));
        names.add(new Named("the key alias", NameRules.of("AWS::KMS::Alias", "AliasName"), keyAlias(project, environment), env));
        for (String f : java.util.stream.Stream.concat(FUNCTIONS.stream(), PROCESSING_FUNCTIONS.stream()).toList()) {
            names.add(new Named("the " + f + " function", NameRules.of("AWS::Lambda::Function", "FunctionName"), function(project, environment, f), env));
        }
        names.add(new Named("the stack drift Config rule", NameRules.of("AWS::Config::ConfigRule", "ConfigRuleName"),
                stackDriftRule(project, environment), env));
        names.add(new Named("the Prometheus workspace's alias", NameRules.of("AWS::APS::Workspace", "Alias"),
                prometheusWorkspace(project, environment, region), envRegion));
        names.add(new Named("the Grafana workspace", NameRules.of("AWS::Grafana::Workspace", "Name"), grafanaWorkspace(project, environment), env));
        names.add(new Named("the Region switch plan", NameRules.of("AWS::ARCRegionSwitch::Plan", "Name"),
                regionSwitchPlan(project, environment, region), List.of(Part.ENVIRONMENT, Part.REGION)));
        names.add(new Named("the OpenSearch domain", NameRules.of("AWS::OpenSearchService::Domain", "DomainName"),
                searchDomain(project, environment, region), List.of(Part.ENVIRONMENT, Part.REGION)));
        names.add(new Named("the log shipper function", NameRules.of("AWS::Lambda::Function", "FunctionName"),
                logShipper(project, environment), env));
        names.add(new Named("the X-Ray sampling rule", NameRules.of("AWS::XRay::SamplingRule", "RuleName"),
                samplingRule(project, environment, region), List.of(Part.ENVIRONMENT, Part.REGION)));
        names.add(new Named("the published parameters", NameRules.of("AWS::SSM::Parameter", "Name"),
                parameter(project, environment, region, "app", "target-group-full-name"), envRegion));
        domain.ifPresent(d -> {
            NameRule certificate = NameRules.of("AWS::CertificateManager::Certificate", "DomainName");
            names.add(new Named("the regional certificate's domain", certificate, regionalDomain(d, region),
                    List.of(Part.REGION, Part.RECORD, Part.ZONE)));
            names.add(new Named("the CloudFront certificate's domain", certificate, cdnDomain(d), List.of(Part.RECORD, Part.ZONE)));
            names.add(new Named("the routed record's domain", NameRules.of("AWS::ApiGateway::DomainName", "DomainName"), d.routed(),
                    List.of(Part.RECORD, Part.ZONE)));
        });
        return names;
    }
}
