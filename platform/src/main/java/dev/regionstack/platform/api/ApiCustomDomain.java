package dev.regionstack.platform.api;

import software.amazon.awscdk.services.apigateway.BasePathMapping;
import software.amazon.awscdk.services.apigateway.DomainName;
import software.amazon.awscdk.services.apigateway.EndpointType;
import software.amazon.awscdk.services.apigateway.IRestApi;
import software.amazon.awscdk.services.apigateway.IntegrationResponse;
import software.amazon.awscdk.services.apigateway.MethodResponse;
import software.amazon.awscdk.services.apigateway.MockIntegration;
import software.amazon.awscdk.services.apigateway.MethodOptions;
import software.amazon.awscdk.services.apigateway.PassthroughBehavior;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.apigateway.SecurityPolicy;
import software.amazon.awscdk.services.apigateway.Stage;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.certificatemanager.CertificateValidation;
import software.amazon.awscdk.services.route53.HostedZone;
import software.amazon.awscdk.services.route53.HostedZoneAttributes;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The regional custom domains of one region's API, for Route53 records that route to the API (the environment has
 * {@code dns} and {@code api} but no {@code app}): one ACM certificate for {@code <region>.<name>} and {@code <name>},
 * validated by DNS in the environment's own zone, and an {@code AWS::ApiGateway::DomainName} (REGIONAL, TLS 1.2) for
 * each of the two names, mapped to the API's stage at the root. The routed name {@code <name>} is the same in every
 * region (routing picks the region); {@code <region>.<name>} reaches this region alone and is what its Route53
 * health check requests. API Gateway answers only for the custom domain a request names, hence one per name.
 *
 * <p>Also adds {@value #HEALTH_PATH} to the API: {@code GET}, no authorization, a mock integration answering 200,
 * so that a health check sees whether API Gateway serves the stage in the region without calling a function.
 */
public final class ApiCustomDomain extends Construct {
    public static final String HEALTH_PATH = "/health";

    private final DomainName routed;
    private final DomainName regional;

    /**
     * @param routedName   the routed name, e.g. {@code prod.example.com}
     * @param regionalName this region's own name, e.g. {@code eu-west-2.prod.example.com}
     * @param zoneName     the environment's hosted zone, which holds the validation records
     * @param zoneId       its id (no lookup)
     */
    public ApiCustomDomain(Construct scope, String id, RestApi api, String routedName, String regionalName,
                           String zoneName, String zoneId) {
        super(scope, id);
        Objects.requireNonNull(api, "api");
        Stage stage = api.getDeploymentStage();
        api.getRoot().addResource(HEALTH_PATH.substring(1)).addMethod("GET", MockIntegration.Builder.create()
                .requestTemplates(Map.of("application/json", "{\"statusCode\": 200}"))
                .passthroughBehavior(PassthroughBehavior.NEVER)
                .integrationResponses(List.of(IntegrationResponse.builder().statusCode("200")
                        .responseTemplates(Map.of("application/json", "{\"status\": \"ok\"}")).build()))
                .build(), MethodOptions.builder()
                .methodResponses(List.of(MethodResponse.builder().statusCode("200").build())).build());

        Certificate certificate = Certificate.Builder.create(this, "Certificate")
                .domainName(regionalName)
                .subjectAlternativeNames(List.of(routedName))
                .validation(CertificateValidation.fromDns(HostedZone.fromHostedZoneAttributes(this, "Zone",
                        HostedZoneAttributes.builder().hostedZoneId(zoneId).zoneName(zoneName).build())))
                .build();
        routed = domain("Routed", routedName, certificate, api, stage);
        regional = domain("Regional", regionalName, certificate, api, stage);
    }

    private DomainName domain(String id, String name, Certificate certificate, IRestApi api, Stage stage) {
        DomainName domain = DomainName.Builder.create(this, id)
                .domainName(name)
                .certificate(certificate)
                .endpointType(EndpointType.REGIONAL)
                .securityPolicy(SecurityPolicy.TLS_1_2)
                .build();
        BasePathMapping.Builder.create(this, id + "Mapping").domainName(domain).restApi(api).stage(stage).build();
        return domain;
    }

    /** The routed name's API Gateway domain: its regional domain name and hosted zone id are the records' alias target. */
    public DomainName routed() { return routed; }

    /** This region's own name's API Gateway domain. */
    public DomainName regional() { return regional; }
}
