package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.ApiSettings;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Dns;
import dev.regionstack.names.PhysicalNames;
import dev.regionstack.platform.api.ApiCustomDomain;
import dev.regionstack.fleet.model.UsagePlan;
import dev.regionstack.fleet.model.UsagePlanLimits;
import dev.regionstack.platform.api.StageThrottle;
import dev.regionstack.platform.api.UsagePlanTier;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.platform.api.CreditsApi;
import dev.regionstack.platform.api.CreditsApiProps;
import dev.regionstack.platform.api.CreditsFunction;
import dev.regionstack.platform.crossregion.ParameterNames;
import dev.regionstack.platform.messaging.QueueWithDeadLetter;
import dev.regionstack.platform.messaging.QueueWithDeadLetterProps;
import dev.regionstack.platform.removal.Removal;
import dev.regionstack.platform.service.RegionalWebAclProps;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.ITableV2;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.ssm.StringParameter;
import software.constructs.Construct;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code api} layer of one region: the credits service (Cognito, REST API, Lambda functions) with its own
 * regional WAF web ACL (the api component needs only data, so it cannot rely on the app layer's).
 */
public final class ApiStack extends Stack {
    public static final String LAYER = "api";
    public static final String PAYMENT_ENDPOINT = "payment-endpoint";
    /** SSM keys of the custom domains' alias targets, published when the environment's records route to the API. */
    public static final String DOMAIN_NAME = "domain-regional-name";
    public static final String DOMAIN_ZONE_ID = "domain-regional-zone-id";
    public static final String REGIONAL_DOMAIN_NAME = "regional-domain-regional-name";
    public static final String REGIONAL_DOMAIN_ZONE_ID = "regional-domain-regional-zone-id";

    private final CreditsApi api;
    private final List<String> functionNames;

    /**
     * @param key the region's key (security stack): encrypts the logs and the table, whose region's replica the
     *            functions are granted by name ({@link DataReferences})
     */
    public ApiStack(Construct scope, String id, StackProps props, Deployment deployment, IKey key,
                    Optional<IQueue> notificationQueue, String functionsJarPath) {
        this(scope, id, props, deployment, key, notificationQueue, functionsJarPath, Optional.empty());
    }

    /**
     * @param dns the environment's DNS when its records route to this API (dns and api, no app): the API then gets
     *            its regional custom domains ({@link ApiCustomDomain}) in the environment's zone
     */
    public ApiStack(Construct scope, String id, StackProps props, Deployment deployment, IKey key,
                    Optional<IQueue> notificationQueue, String functionsJarPath, Optional<Dns> dns) {
        super(scope, id, props);
        ITableV2 table = DataReferences.table(this, deployment, key);
        String prefix = namePrefix(deployment);
        Sizing sizing = deployment.settings().sizing();
        IQueue queue = notificationQueue.orElseGet(() ->
                new QueueWithDeadLetter(this, "NotificationQueue", QueueWithDeadLetterProps.of(key)).queue());

        api = new CreditsApi(this, "CreditsApi", CreditsApiProps.builder()
                .namePrefix(prefix)
                .table(table)
                .key(key)
                .notificationQueue(queue)
                .functionsJarPath(functionsJarPath)
                .paymentEndpointParameterName(ParameterNames.of(deployment.project(), deployment.environment(),
                        deployment.region(), LAYER, PAYMENT_ENDPOINT))
                .sesFromAddress(sesFromAddress(deployment))
                .consistency(deployment.settings().data().consistency().name())
                .primaryRegion(deployment.primaryRegion())
                .lambdaMemoryMiB(sizing.lambdaMemoryMiB())
                .logRetention(LogRetention.of(deployment.settings().knobs().logRetentionDays()))
                .removalPolicy(Removal.of(sizing.retainData()))
                .deletionProtection(sizing.deletionProtection())
                // AWS::ApiGateway::Account is an account x region singleton: only its owner creates it.
                .manageApiGatewayAccount(deployment.ownsAccountRegionSingletons())
                .stageThrottle(new StageThrottle(api(deployment).throttle().rateLimit(), api(deployment).throttle().burstLimit()))
                .usagePlans(usagePlans(deployment))
                .webAcl(new RegionalWebAclProps(PhysicalNames.apiWebAcl(deployment.project(), deployment.environment()), deployment.settings().waf().rateLimitPer5Min(),
                        deployment.settings().waf().blockedCountries(),
                        new RegionalWebAclProps.Logs(key, LogRetention.of(deployment.settings().knobs().logRetentionDays()),
                                Removal.of(sizing.retainData()))))
                .build());
        functionNames = functionNames(deployment);
        dns.ifPresent(d -> customDomain(deployment, d));

        CfnOutput.Builder.create(this, "ApiUrl").value(api.url()).description("Credits API base URL").build();
        CfnOutput.Builder.create(this, "UserPoolId").value(api.userPool().getUserPoolId()).description("Cognito user pool").build();
        CfnOutput.Builder.create(this, "UserPoolClientId").value(api.client().getUserPoolClientId())
                .description("Cognito app client").build();
        if (notificationQueue.isEmpty()) {
            CfnOutput.Builder.create(this, "NotificationQueueUrl").value(queue.getQueueUrl())
                    .description("Credits threshold notifications (no messaging layer in this region)").build();
        }
    }

    /** The custom domains, and their alias targets published for the global dns stack in us-east-1. */
    private void customDomain(Deployment deployment, Dns dns) {
        String regionalName = PhysicalNames.regionalDomain(DnsNames.domain(dns), deployment.region());
        ApiCustomDomain domain = new ApiCustomDomain(this, "CustomDomain", api.api(), DnsNames.domain(dns).routed(), regionalName,
                dns.zoneName(), dns.zoneId());
        Map<String, String> published = new LinkedHashMap<>();
        published.put(DOMAIN_NAME, domain.routed().getDomainNameAliasDomainName());
        published.put(DOMAIN_ZONE_ID, domain.routed().getDomainNameAliasHostedZoneId());
        published.put(REGIONAL_DOMAIN_NAME, domain.regional().getDomainNameAliasDomainName());
        published.put(REGIONAL_DOMAIN_ZONE_ID, domain.regional().getDomainNameAliasHostedZoneId());
        published.forEach((key, value) -> StringParameter.Builder.create(this, "Published-" + key)
                .parameterName(ParameterNames.of(deployment.project(), deployment.environment(), deployment.region(), LAYER, key))
                .stringValue(value)
                .description("Published by the api stack for the global dns stack")
                .build());
        CfnOutput.Builder.create(this, "Url").value("https://" + regionalName + "/")
                .description("The region's own HTTPS name of the API (" + DnsNames.domain(dns).routed() + " routes over the regions)").build();
    }

    /** {@code <project>-<env>}. */
    static String namePrefix(Deployment deployment) {
        return PhysicalNames.prefix(deployment.project(), deployment.environment());
    }

    /**
     * {@code notifications.sender}: an address as written, a domain as {@code no-reply@<domain>}; without it the alarm
     * e-mail address when the file has one, else {@code no-reply@<project>.invalid} (never deliverable).
     */
    static String sesFromAddress(Deployment deployment) {
        return deployment.settings().knobs().sender().map(s -> s.contains("@") ? s : "no-reply@" + s)
                .or(() -> deployment.settings().alarms().email())
                .orElse("no-reply@" + deployment.project() + ".invalid");
    }

    private static ApiSettings api(Deployment deployment) { return deployment.settings().knobs().api(); }

    /** The file's plans, in the platform's order (basic, premium, enterprise). */
    static List<UsagePlanTier> usagePlans(Deployment deployment) {
        return Arrays.stream(UsagePlan.values()).map(p -> {
            UsagePlanLimits l = api(deployment).plans().get(p);
            return new UsagePlanTier(p.fileName(), l.rateLimit(), l.burstLimit(), l.quotaPerMonth());
        }).toList();
    }

    /** The physical names of the credits functions ({@code <project>-<env>-<name>}), plain strings. */
    public static List<String> functionNames(Deployment deployment) {
        return Arrays.stream(CreditsFunction.values()).map(f -> f.functionName(namePrefix(deployment))).toList();
    }

    /** The physical names of this stack's functions, for {@link ObservedResources}. */
    public List<String> functionNames() { return functionNames; }

    public CreditsApi api() { return api; }
}
