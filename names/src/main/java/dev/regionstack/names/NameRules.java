package dev.regionstack.names;

import java.util.List;
import java.util.regex.Pattern;

import static dev.regionstack.names.NameRule.Reserved.prefix;
import static dev.regionstack.names.NameRule.Reserved.suffix;

/**
 * AWS's naming rules for the physical names the platform sets, from each service's documentation (the resource
 * specification has no length limits). Sources: S3 "General purpose bucket naming rules"; RDS "Naming constraints in
 * Amazon RDS" (DB cluster and instance identifiers); IAM "IAM and AWS STS quotas" (role names); Elastic Load Balancing
 * CreateLoadBalancer and CreateTargetGroup API references; Lambda CreateFunction; CloudWatch Logs CreateLogGroup and
 * PutDeliverySource; Systems Manager "Parameter naming requirements"; DynamoDB "Naming rules"; SQS CreateQueue; SNS
 * CreateTopic; Kinesis CreateStream; Firehose CreateDeliveryStream; EventBridge CreateEventBus; Secrets Manager
 * CreateSecret; KMS CreateAlias; WAF CreateWebACL; ECS CreateCluster; CloudWatch PutMetricAlarm and PutDashboard;
 * Global Accelerator CreateAccelerator; Cognito CreateUserPool; ACM RequestCertificate (64 characters for the first
 * domain name, which becomes the certificate's common name); API Gateway CreateDomainName (a DNS name, at most 253);
 * ECR CreateRepository (2 to 256 characters, lowercase components separated by one of {@code . _ -}, namespaces by
 * {@code /}); OpenSearch Service CreateDomain (3 to 28 characters, {@code [a-z][a-z0-9\-]+}); X-Ray CreateSamplingRule (at most 32);
 * Amazon Managed Service for Prometheus CreateWorkspace (alias); Amazon Managed Grafana CreateWorkspace (name);
 * AWS Config PutConfigRule (ConfigRuleName, at most 64 characters in the CloudFormation resource and the SDKs' older models).
 */
public final class NameRules {
    private static final String RDS_ID = "[a-zA-Z][a-zA-Z0-9-]*";
    private static final NameRule.Reserved[] RDS_RESERVED = {
            new NameRule.Reserved(Pattern.compile(".*--.*"), "has two hyphens in a row"),
            new NameRule.Reserved(Pattern.compile(".*-"), "ends with a hyphen")};
    private static final String ALPHANUMERIC_HYPHEN = "[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?";

    public static final List<NameRule> ALL = List.of(
            NameRule.of("AWS::S3::Bucket", "BucketName", "S3", 3, 63, "[a-z0-9](?!.*\\.\\.)[a-z0-9.-]*[a-z0-9]",
                    prefix("xn--"), prefix("sthree-"), prefix("amzn-s3-demo-"), suffix("-s3alias"), suffix("--ol-s3"),
                    suffix(".mrap"), suffix("--x-s3"), suffix("--table-s3"),
                    new NameRule.Reserved(Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+"), "is formatted as an IP address")),
            NameRule.of("AWS::RDS::DBCluster", "DBClusterIdentifier", "RDS", 1, 63, RDS_ID, RDS_RESERVED),
            NameRule.of("AWS::RDS::DBInstance", "DBInstanceIdentifier", "RDS", 1, 63, RDS_ID, RDS_RESERVED),
            NameRule.of("AWS::RDS::GlobalCluster", "GlobalClusterIdentifier", "RDS", 1, 63, RDS_ID, RDS_RESERVED),
            NameRule.of("AWS::RDS::DBSubnetGroup", "DBSubnetGroupName", "RDS", 1, 255, "(?!default$)[a-zA-Z0-9 ._-]+"),
            NameRule.of("AWS::IAM::Role", "RoleName", "IAM", 1, 64, "[\\w+=,.@-]+"),
            NameRule.of("AWS::IAM::ManagedPolicy", "ManagedPolicyName", "IAM", 1, 128, "[\\w+=,.@-]+"),
            NameRule.of("AWS::ElasticLoadBalancingV2::LoadBalancer", "Name", "Elastic Load Balancing", 1, 32, ALPHANUMERIC_HYPHEN,
                    prefix("internal-")),
            NameRule.of("AWS::ElasticLoadBalancingV2::TargetGroup", "Name", "Elastic Load Balancing", 1, 32, ALPHANUMERIC_HYPHEN),
            NameRule.of("AWS::Lambda::Function", "FunctionName", "Lambda", 1, 64, "[a-zA-Z0-9-_]+"),
            NameRule.of("AWS::Logs::LogGroup", "LogGroupName", "CloudWatch Logs", 1, 512, "[.\\-_/#A-Za-z0-9]+"),
            NameRule.of("AWS::Logs::DeliverySource", "Name", "CloudWatch Logs", 1, 60, "[\\w-]+"),
            NameRule.of("AWS::Logs::DeliveryDestination", "Name", "CloudWatch Logs", 1, 60, "[\\w-]+"),
            NameRule.of("AWS::SSM::Parameter", "Name", "Systems Manager", 1, 1011, "(?!/?(?i:aws|ssm))[a-zA-Z0-9_./-]+"),
            NameRule.of("AWS::DynamoDB::GlobalTable", "TableName", "DynamoDB", 3, 255, "[a-zA-Z0-9_.-]+"),
            NameRule.of("AWS::DynamoDB::Table", "TableName", "DynamoDB", 3, 255, "[a-zA-Z0-9_.-]+"),
            NameRule.of("AWS::SQS::Queue", "QueueName", "SQS", 1, 80, "[a-zA-Z0-9_-]+(\\.fifo)?"),
            NameRule.of("AWS::SNS::Topic", "TopicName", "SNS", 1, 256, "[a-zA-Z0-9_-]+(\\.fifo)?"),
            NameRule.of("AWS::Kinesis::Stream", "Name", "Kinesis", 1, 128, "[a-zA-Z0-9_.-]+"),
            NameRule.of("AWS::KinesisFirehose::DeliveryStream", "DeliveryStreamName", "Firehose", 1, 64, "[a-zA-Z0-9_.-]+"),
            NameRule.of("AWS::Events::EventBus", "Name", "EventBridge", 1, 256, "(?!default$)[/.\\-_A-Za-z0-9]+"),
            NameRule.of("AWS::SecretsManager::Secret", "Name", "Secrets Manager", 1, 512, "[A-Za-z0-9/_+=.@-]+",
                    new NameRule.Reserved(Pattern.compile(".*-[A-Za-z0-9]{6}"), "ends in a hyphen and six characters, which Secrets Manager"
                            + " confuses with its own suffix")),
            NameRule.of("AWS::KMS::Alias", "AliasName", "KMS", 7, 256, "alias/[a-zA-Z0-9/_-]+", prefix("alias/aws/")),
            NameRule.of("AWS::WAFv2::WebACL", "Name", "WAF", 1, 128, "[\\w-]+"),
            NameRule.of("AWS::ECR::Repository", "RepositoryName", "ECR", 2, 256,
                    "(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*",
                    new NameRule.Reserved(Pattern.compile(".*[._-]{2}.*"), "has two separators (`.`, `_` or `-`) in a row")),
            NameRule.of("AWS::ECS::Cluster", "ClusterName", "ECS", 1, 255, "[a-zA-Z0-9_-]+"),
            NameRule.of("AWS::CloudWatch::Alarm", "AlarmName", "CloudWatch", 1, 255, "[^\\p{Cntrl}]+"),
            NameRule.of("AWS::CloudWatch::Dashboard", "DashboardName", "CloudWatch", 1, 255, "[A-Za-z0-9_-]+"),
            NameRule.of("AWS::GlobalAccelerator::Accelerator", "Name", "Global Accelerator", 1, 64, "[a-zA-Z0-9](?:[a-zA-Z0-9.-]*[a-zA-Z0-9])?"),
            NameRule.of("AWS::Cognito::UserPool", "UserPoolName", "Cognito", 1, 128, "[\\w\\s+=,.@-]+"),
            NameRule.of("AWS::Cognito::UserPoolClient", "ClientName", "Cognito", 1, 128, "[\\w\\s+=,.@-]+"),
            NameRule.of("AWS::ARCRegionSwitch::Plan", "Name", "ARC Region switch", 1, 32, "[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,30}[a-zA-Z0-9])?"),
            NameRule.of("AWS::OpenSearchService::Domain", "DomainName", "OpenSearch Service", 3, 28, "[a-z][a-z0-9-]+"),
            NameRule.of("AWS::XRay::SamplingRule", "RuleName", "X-Ray", 1, 32, "[A-Za-z0-9_.-]+"),
            NameRule.of("AWS::CertificateManager::Certificate", "DomainName", "ACM", 1, 64, "(\\*\\.)?[a-z0-9.-]+"),
            NameRule.of("AWS::Config::ConfigRule", "ConfigRuleName", "AWS Config", 1, 64, "[A-Za-z0-9_.-]+"),
            NameRule.of("AWS::ApiGateway::DomainName", "DomainName", "API Gateway", 1, 253, "[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?"),
            NameRule.of("AWS::APS::Workspace", "Alias", "Amazon Managed Service for Prometheus", 1, 100, "[^\\p{Cntrl}]+"),
            NameRule.of("AWS::Grafana::Workspace", "Name", "Amazon Managed Grafana", 1, 255, "[a-zA-Z0-9._~-]+"));

    /** CloudFormation's stack names: a letter, then letters, digits and hyphens, at most 128 characters. */
    public static final NameRule STACK = NameRule.of("AWS::CloudFormation::Stack", "StackName", "CloudFormation", 1, 128,
            "[A-Za-z][-A-Za-z0-9]*");

    /** Systems Manager's deepest parameter hierarchy. */
    public static final int MAX_PARAMETER_LEVELS = 15;

    private NameRules() {}

    /** The rule for a type's name property. */
    public static NameRule of(String type, String property) {
        return ALL.stream().filter(r -> r.type().equals(type) && r.property().equals(property)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no naming rule for " + type + "." + property));
    }
}
