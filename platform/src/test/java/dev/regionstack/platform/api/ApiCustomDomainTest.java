package dev.regionstack.platform.api;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.apigateway.RestApi;

import java.util.List;
import java.util.Map;

class ApiCustomDomainTest {
    private static Template template() {
        Stack stack = new Stack(new App(), "Test", StackProps.builder()
                .env(Environment.builder().account("111111111111").region("eu-west-2").build()).build());
        RestApi api = RestApi.Builder.create(stack, "Api").build();
        new ApiCustomDomain(stack, "Domain", api, "api.example.com", "eu-west-2.api.example.com", "example.com", "Z0123456789ABCDEFGHIJ");
        return Template.fromStack(stack);
    }

    @Test
    void oneCertificateForBothNamesIsValidatedInTheZone() {
        template().hasResourceProperties("AWS::CertificateManager::Certificate", Map.of(
                "DomainName", "eu-west-2.api.example.com",
                "SubjectAlternativeNames", List.of("api.example.com"),
                "ValidationMethod", "DNS",
                "DomainValidationOptions", List.of(
                        Map.of("DomainName", "eu-west-2.api.example.com", "HostedZoneId", "Z0123456789ABCDEFGHIJ"),
                        Map.of("DomainName", "api.example.com", "HostedZoneId", "Z0123456789ABCDEFGHIJ"))));
    }

    @Test
    void eachNameIsARegionalDomainMappedToTheStage() {
        Template t = template();
        for (String name : List.of("api.example.com", "eu-west-2.api.example.com")) {
            t.hasResourceProperties("AWS::ApiGateway::DomainName", Map.of("DomainName", name,
                    "EndpointConfiguration", Map.of("Types", List.of("REGIONAL")),
                    "SecurityPolicy", "TLS_1_2",
                    "RegionalCertificateArn", Match.anyValue()));
        }
        t.resourceCountIs("AWS::ApiGateway::BasePathMapping", 2);
        t.hasResourceProperties("AWS::ApiGateway::BasePathMapping", Match.objectLike(Map.of("Stage", Match.anyValue())));
    }

    @Test
    void theHealthRouteAnswersWithoutAuthorizationOrAFunction() {
        template().hasResourceProperties("AWS::ApiGateway::Method", Match.objectLike(Map.of(
                "HttpMethod", "GET",
                "AuthorizationType", "NONE",
                "Integration", Match.objectLike(Map.of("Type", "MOCK")))));
        template().hasResourceProperties("AWS::ApiGateway::Resource", Map.of("PathPart", "health", "ParentId", Match.anyValue(),
                "RestApiId", Match.anyValue()));
    }
}
