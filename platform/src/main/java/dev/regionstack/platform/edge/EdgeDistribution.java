package dev.regionstack.platform.edge;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.SuppressionRule;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.certificatemanager.CertificateValidation;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.HttpVersion;
import software.amazon.awscdk.services.cloudfront.IOrigin;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestPolicy;
import software.amazon.awscdk.services.cloudfront.OriginSslPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersPolicy;
import software.amazon.awscdk.services.cloudfront.SecurityPolicyProtocol;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.HttpOrigin;
import software.amazon.awscdk.services.cloudfront.origins.OriginGroup;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.logs.CfnDelivery;
import software.amazon.awscdk.services.logs.CfnDeliveryDestination;
import software.amazon.awscdk.services.logs.CfnDeliverySource;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.route53.ARecord;
import software.amazon.awscdk.services.route53.AaaaRecord;
import software.amazon.awscdk.services.route53.HostedZone;
import software.amazon.awscdk.services.route53.HostedZoneAttributes;
import software.amazon.awscdk.services.route53.IHostedZone;
import software.amazon.awscdk.services.route53.RecordTarget;
import software.amazon.awscdk.services.route53.targets.CloudFrontTarget;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * A CloudFront distribution in front of the regional load balancers. With two origins the default behaviour
 * targets an origin group that retries a request on the second origin when the first answers 500, 502, 503 or
 * 504 (or cannot be reached). Nothing is cached (the app is dynamic; the origins' Cache-Control does not apply),
 * the viewer's headers, cookies and query strings reach the origin except Host (so the origin's certificate is
 * checked against the origin's own name), responses get the managed security headers, viewers are redirected to
 * HTTPS. Must live in a us-east-1 stack (the WAF and the viewer certificate are there).
 *
 * <p>Allowed methods are GET, HEAD and OPTIONS: CloudFront rejects POST, PUT, PATCH and DELETE on a behaviour
 * with an origin group, and a single-origin distribution keeps the same methods so that adding a region does not
 * take methods away.
 *
 * <p>Construct ids: the distribution is {@code Resource}; with a domain, {@code Certificate}, {@code AliasA} and
 * {@code AliasAaaa}; with access logs, {@code AccessLogs} (the log group), {@code AccessLogSource},
 * {@code AccessLogDestination} and {@code AccessLogDelivery}.
 */
public final class EdgeDistribution extends Construct implements Guarded {
    private final List<SuppressionRule> suppressions;
    /** The status codes on which the origin group retries on the second origin. */
    public static final List<Number> FAILOVER_STATUS_CODES = List.of(500, 502, 503, 504);

    private final Distribution distribution;
    private final Optional<String> aliasDomainName;

    public EdgeDistribution(Construct scope, String id, EdgeDistributionProps props) {
        super(scope, id);
        suppressions = suppressions(props.accessLogs().isPresent(), props.domain().isEmpty());
        HomeRegion.require(this, HomeRegion.CLOUDFRONT, "a CloudFront distribution with its certificate and web ACL");
        IOrigin primary = origin(props.originDomainNames().get(0), props.originProtocol());
        IOrigin origin = props.originDomainNames().size() == 1 ? primary : OriginGroup.Builder.create()
                .primaryOrigin(primary)
                .fallbackOrigin(origin(props.originDomainNames().get(1), props.originProtocol()))
                .fallbackStatusCodes(FAILOVER_STATUS_CODES)
                .build();

        Distribution.Builder builder = Distribution.Builder.create(this, "Resource")
                .defaultBehavior(BehaviorOptions.builder()
                        .origin(origin)
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .allowedMethods(AllowedMethods.ALLOW_GET_HEAD_OPTIONS)
                        .cachePolicy(CachePolicy.CACHING_DISABLED)
                        .originRequestPolicy(OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER)
                        .responseHeadersPolicy(ResponseHeadersPolicy.SECURITY_HEADERS)
                        .compress(true)
                        .build())
                .httpVersion(HttpVersion.HTTP2_AND_3)
                .enableIpv6(true);
        if (props.webAclArn() != null) {
            builder.webAclId(props.webAclArn());
        }
        if (props.comment() != null) {
            builder.comment(props.comment());
        }
        if (props.domain().isPresent()) {
            EdgeDomain domain = props.domain().get();
            IHostedZone zone = HostedZone.fromHostedZoneAttributes(this, "Zone", HostedZoneAttributes.builder()
                    .hostedZoneId(domain.zoneId()).zoneName(domain.zoneName()).build());
            Certificate certificate = Certificate.Builder.create(this, "Certificate")
                    .domainName(domain.domainName())
                    .validation(CertificateValidation.fromDns(zone))
                    .build();
            // The minimum viewer TLS version applies only with a custom certificate: the default
            // *.cloudfront.net certificate is always served with CloudFront's own policy.
            builder.certificate(certificate)
                    .domainNames(List.of(domain.domainName()))
                    .minimumProtocolVersion(SecurityPolicyProtocol.TLS_V1_2_2021);
            distribution = builder.build();
            RecordTarget target = RecordTarget.fromAlias(new CloudFrontTarget(distribution));
            ARecord.Builder.create(this, "AliasA").zone(zone).recordName(domain.domainName() + ".").target(target).build();
            AaaaRecord.Builder.create(this, "AliasAaaa").zone(zone).recordName(domain.domainName() + ".").target(target).build();
            aliasDomainName = Optional.of(domain.domainName());
        } else {
            distribution = builder.build();
            aliasDomainName = Optional.empty();
        }
        props.accessLogs().ifPresent(this::accessLogs);
    }

    /**
     * Standard logging v2: delivery source (the distribution), destination (the log group) and the delivery that
     * pairs them. CloudWatch Logs adds the log group's resource policy for the delivery service itself; the
     * {@code /aws/vendedlogs/} prefix keeps that account-wide policy from growing with each log group.
     */
    private void accessLogs(EdgeAccessLogs logs) {
        Stack stack = Stack.of(this);
        String logGroupName = "/aws/vendedlogs/cloudfront/" + logs.name();
        logs.encryptionKey().addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("CloudWatchLogsUseForCloudFrontAccessLogs")
                .principals(List.of(new ServicePrincipal("logs." + stack.getRegion() + ".amazonaws.com")))
                .actions(List.of("kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"))
                .resources(List.of("*"))
                .conditions(Map.of("ArnEquals", Map.of("kms:EncryptionContext:aws:logs:arn",
                        "arn:" + stack.getPartition() + ":logs:" + stack.getRegion() + ":" + stack.getAccount()
                                + ":log-group:" + logGroupName)))
                .build());
        LogGroup logGroup = LogGroup.Builder.create(this, "AccessLogs")
                .logGroupName(logGroupName)
                .retention(logs.retention())
                .encryptionKey(logs.encryptionKey())
                .removalPolicy(logs.removalPolicy())
                .build();
        CfnDeliverySource source = CfnDeliverySource.Builder.create(this, "AccessLogSource")
                .name(logs.name() + "-access-logs")
                .logType("ACCESS_LOGS")
                .resourceArn(distribution.getDistributionArn())
                .build();
        CfnDeliveryDestination destination = CfnDeliveryDestination.Builder.create(this, "AccessLogDestination")
                .name(logs.name() + "-access-logs")
                .destinationResourceArn(logGroup.getLogGroupArn())
                .build();
        CfnDelivery delivery = CfnDelivery.Builder.create(this, "AccessLogDelivery")
                .deliverySourceName(source.getName())
                .deliveryDestinationArn(destination.getAttrArn())
                .build();
        delivery.getNode().addDependency(source);
    }

    private static IOrigin origin(String domainName, OriginProtocolPolicy protocol) {
        HttpOrigin.Builder origin = HttpOrigin.Builder.create(domainName).protocolPolicy(protocol);
        if (protocol != OriginProtocolPolicy.HTTP_ONLY) {
            origin.originSslProtocols(List.of(OriginSslPolicy.TLS_V1_2));
        }
        return origin.build();
    }

    public String distributionId() { return distribution.getDistributionId(); }

    /** The {@code *.cloudfront.net} name. */
    public String distributionDomainName() { return distribution.getDistributionDomainName(); }

    /** The custom domain, when one was given. */
    public Optional<String> aliasDomainName() { return aliasDomainName; }

    @Override public List<SuppressionRule> suppressions() { return suppressions; }

    /**
     * @param standardLogging access logs go through standard logging v2 ({@link EdgeAccessLogs})
     * @param defaultDomain   no custom domain: no certificate, the default cloudfront.net one
     */
    private static List<SuppressionRule> suppressions(boolean standardLogging, boolean defaultDomain) {
        String distribution = "AWS::CloudFront::Distribution";
        return List.of(
                on(distribution, "Resource/Resource", standardLogging, of("AwsSolutions-CFR3",
                        "Access logs go through CloudFront standard logging v2 (a CloudWatch Logs delivery to a KMS-encrypted log group), which this rule does not recognise.")),
                on(distribution, "Resource/Resource", of("AwsSolutions-CFR1",
                        "Country blocking is done by the web ACL's geo match rule, which blocks every country that the environment or"
                                + " either origin region lists in blockedCountries, not by CloudFront's geo restriction.")),
                on(distribution, "Resource/Resource", defaultDomain, of("AwsSolutions-CFR4",
                        "Without a DNS zone in the fleet file the distribution has no custom domain and serves the default cloudfront.net certificate, whose protocol floor CloudFront fixes.")),
                on(distribution, "Resource/Resource", defaultDomain, of("AwsSolutions-CFR5",
                        "Without a DNS zone the load balancers have no certificate, so CloudFront reaches them over HTTP only (the TLS list is unused); with a zone it uses TLSv1.2 to HTTPS origins.")));
    }
}
