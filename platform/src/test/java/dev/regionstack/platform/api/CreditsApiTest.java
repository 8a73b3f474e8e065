package dev.regionstack.platform.api;

import dev.regionstack.platform.service.RegionalWebAclProps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.dynamodb.TableV2;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sqs.Queue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CreditsApiTest {
    @TempDir
    static Path dir;
    static Path jar;
    static Template standard;

    @BeforeAll
    static void tinyJar() throws IOException {
        jar = dir.resolve("functions.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry("dev/regionstack/functions/README"));
            j.write("placeholder".getBytes());
            j.closeEntry();
        }
        standard = synth(p -> p);
    }

    static Template synth(UnaryOperator<CreditsApiProps.Builder> customise) {
        Stack stack = new Stack(new App(), "Test", StackProps.builder()
                .env(Environment.builder().account("111111111111").region("eu-west-2").build()).build());
        Key key = Key.Builder.create(stack, "Key").build();
        Queue queue = Queue.Builder.create(stack, "Notifications").build();
        new CreditsApi(stack, "Api", customise.apply(CreditsApiProps.builder()
                .namePrefix("acme-dev")
                .table(TableV2.fromTableName(stack, "Table", "acme-dev-credits"))
                .key(key)
                .notificationQueue(queue)
                .functionsJarPath(jar.toString())
                .paymentEndpointParameterName("/acme/dev/eu-west-2/api/payment-endpoint")
                .sesFromAddress("alerts@example.com")
                .primaryRegion("eu-west-2")
                .webAcl(new RegionalWebAclProps("acme-dev-api", 2000, List.of("KP")))).build());
        return Template.fromStack(stack);
    }

    @Test
    void everyFunctionIsJava21Arm64WithSnapStartAndItsHandler() {
        for (CreditsFunction f : CreditsFunction.values()) {
            standard.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                    "FunctionName", "acme-dev-" + f.shortName(),
                    "Handler", f.handler(),
                    "Runtime", "java21",
                    "Architectures", List.of("arm64"),
                    "MemorySize", 256,
                    "TracingConfig", Map.of("Mode", "Active"),
                    "SnapStart", Map.of("ApplyOn", "PublishedVersions"))));
        }
        standard.resourceCountIs("AWS::Lambda::Function", CreditsFunction.values().length);
    }

    @Test
    void memoryFollowsTheSizing() {
        synth(p -> p.lambdaMemoryMiB(1024)).allResourcesProperties("AWS::Lambda::Function",
                Match.objectLike(Map.of("MemorySize", 1024)));
    }

    @Test
    void functionsHaveNoReservedConcurrency() {
        standard.allResourcesProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "ReservedConcurrentExecutions", Match.absent())));
    }

    @Test
    void functionsGetTheEnvironmentContract() {
        standard.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "FunctionName", "acme-dev-usage-check",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "TABLE_NAME", "acme-dev-credits",
                        "CONSISTENCY", "EVENTUAL",
                        "PRIMARY_REGION", "eu-west-2",
                        "NOTIFICATION_QUEUE_URL", Map.of("Ref", Match.stringLikeRegexp("Notifications.*")),
                        "PAYMENT_ENDPOINT_PARAMETER", "/acme/dev/eu-west-2/api/payment-endpoint",
                        "SES_FROM_ADDRESS", "alerts@example.com",
                        "SES_TEMPLATE_PREFIX", "acme-dev"))))));
    }

    @Test
    void aliasPointsAtThePublishedVersion() {
        standard.resourceCountIs("AWS::Lambda::Alias", CreditsFunction.values().length);
        standard.hasResourceProperties("AWS::Lambda::Alias", Map.of(
                "Name", "live",
                "FunctionName", Map.of("Ref", Match.stringLikeRegexp("ApiUsageCheck[0-9A-F]{8}")),
                "FunctionVersion", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("ApiUsageCheckCurrentVersion.*"), "Version"))));
    }

    @Test
    void functionLogsAreKmsEncryptedWithRetention() {
        standard.hasResourceProperties("AWS::Logs::LogGroup", Map.of(
                "LogGroupName", "/aws/lambda/acme-dev-payments",
                "RetentionInDays", 7,
                "KmsKeyId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Key.*"), "Arn"))));
    }

    @Test
    void routesUseTheCognitoAuthorizer() {
        standard.resourceCountIs("AWS::ApiGateway::Authorizer", 1);
        standard.hasResourceProperties("AWS::ApiGateway::Authorizer", Match.objectLike(Map.of("Type", "COGNITO_USER_POOLS")));
        Map<String, Map<String, Object>> methods = standard.findResources("AWS::ApiGateway::Method");
        assertThat(methods).hasSize(4);
        assertThat(methods.values()).allSatisfy(m -> assertThat(m.toString())
                .contains("AuthorizationType=COGNITO_USER_POOLS").contains("AuthorizerId={Ref=ApiAuthorizer"));
    }

    @Test
    void usageRoutesRequireAnApiKeyAndTheOthersDoNot() {
        standard.hasResourceProperties("AWS::ApiGateway::Method", Match.objectLike(Map.of(
                "HttpMethod", "POST", "ApiKeyRequired", true,
                "ResourceId", Map.of("Ref", Match.stringLikeRegexp("Apiusagecheck[0-9A-F]{8}")))));
        standard.hasResourceProperties("AWS::ApiGateway::Method", Match.objectLike(Map.of(
                "HttpMethod", "GET", "ApiKeyRequired", true)));
        standard.hasResourceProperties("AWS::ApiGateway::Method", Match.objectLike(Map.of(
                "HttpMethod", "POST", "ApiKeyRequired", false,
                "ResourceId", Map.of("Ref", Match.stringLikeRegexp("Apipayments[0-9A-F]{8}")))));
    }

    @Test
    void usagePlansHaveTheirThrottleAndMonthlyQuota() {
        standard.resourceCountIs("AWS::ApiGateway::UsagePlan", 3);
        for (UsagePlanTier tier : UsagePlanTier.TIERS) {
            standard.hasResourceProperties("AWS::ApiGateway::UsagePlan", Match.objectLike(Map.of(
                    "UsagePlanName", "acme-dev-" + tier.name(),
                    "Throttle", Map.of("RateLimit", tier.rateLimit(), "BurstLimit", tier.burstLimit()),
                    "Quota", Map.of("Limit", tier.monthlyQuota(), "Period", "MONTH"))));
        }
    }

    @Test
    void stageHasTracingThrottlingAndJsonAccessLogs() {
        standard.hasResourceProperties("AWS::ApiGateway::Stage", Match.objectLike(Map.of(
                "StageName", "v1",
                "TracingEnabled", true,
                "AccessLogSetting", Match.objectLike(Map.of("Format", Match.stringLikeRegexp("^\\{.*\"requestId\".*\\}$"))),
                "MethodSettings", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "ThrottlingRateLimit", CreditsApi.STAGE_RATE_LIMIT,
                        "ThrottlingBurstLimit", CreditsApi.STAGE_BURST_LIMIT)))))));
        standard.hasResourceProperties("AWS::ApiGateway::RestApi", Match.objectLike(Map.of(
                "EndpointConfiguration", Map.of("Types", List.of("REGIONAL")))));
    }

    @Test
    void webAclIsAssociatedWithTheStage() {
        Map<String, Map<String, Object>> associations = standard.findResources("AWS::WAFv2::WebACLAssociation");
        assertThat(associations).hasSize(1);
        assertThat(associations.toString()).contains("/stages/", "{Ref=ApiDeploymentStagev1");
    }

    @Test
    void userPoolHasNoSelfSignUpAStrongPasswordPolicyAndOptionalMfa() {
        standard.hasResourceProperties("AWS::Cognito::UserPool", Match.objectLike(Map.of(
                "AdminCreateUserConfig", Map.of("AllowAdminCreateUserOnly", true),
                "MfaConfiguration", "OPTIONAL",
                "Policies", Map.of("PasswordPolicy", Map.of("MinimumLength", 12, "RequireLowercase", true,
                        "RequireUppercase", true, "RequireNumbers", true, "RequireSymbols", true,
                        "TemporaryPasswordValidityDays", 3)))));
        standard.hasResourceProperties("AWS::Cognito::UserPoolGroup", Map.of(
                "GroupName", "admin", "Description", "May grant credits",
                "UserPoolId", Map.of("Ref", Match.stringLikeRegexp("ApiUserPool.*"))));
    }

    @Test
    void notifierConsumesTheQueueThroughItsAlias() {
        standard.hasResourceProperties("AWS::Lambda::EventSourceMapping", Match.objectLike(Map.of(
                "EventSourceArn", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Notifications.*"), "Arn")),
                "BatchSize", 10,
                "FunctionResponseTypes", List.of("ReportBatchItemFailures"))));
        // The mapping targets the alias ARN (<function ARN>:live), not $LATEST.
        assertThat(standard.findResources("AWS::Lambda::EventSourceMapping").toString())
                .contains("{Ref=ApiThresholdNotificationAlias", ":live");
    }

    @Test
    void sesTemplatesUseOnlyTheNotifiersTemplateData() {
        Set<String> data = Set.of("orgId", "period", "threshold", "used", "allowance", "balance");
        Matcher variables = Pattern.compile("\\{\\{(\\w+)}}").matcher(standard.findResources("AWS::SES::Template").toString());
        int found = 0;
        while (variables.find()) {
            found++;
            assertThat(data).contains(variables.group(1));
        }
        assertThat(found).isGreaterThan(6);
    }

    @Test
    void sesTemplatesAreNamedAfterThePrefix() {
        for (String name : List.of("acme-dev-threshold-80", "acme-dev-threshold-100")) {
            standard.hasResourceProperties("AWS::SES::Template", Map.of("Template", Match.objectLike(Map.of("TemplateName", name))));
        }
    }

    @Test
    void paymentsMayReadOnlyItsParameterAndNoWildcardActionsExist() {
        String policies = standard.findResources("AWS::IAM::Policy").toString();
        assertThat(policies).doesNotContain("dynamodb:*", "ssm:*", "ses:*", "sqs:*", "Action=*");
        standard.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
                "PolicyName", Match.stringLikeRegexp("ApiPaymentsRoleDefaultPolicy.*"),
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Sid", "ReadPaymentEndpoint", "Action", "ssm:GetParameter")))))))));
        standard.hasResourceProperties("AWS::SSM::Parameter", Map.of(
                "Name", "/acme/dev/eu-west-2/api/payment-endpoint", "Type", "String",
                "Value", CreditsApi.PAYMENT_ENDPOINT_PLACEHOLDER, "Tier", "Standard",
                "Description", Match.anyValue()));
    }

    @Test
    void onlyTheNotifierMaySendEmailAndOnlyFromTheAddress() {
        standard.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
                "PolicyName", Match.stringLikeRegexp("ApiThresholdNotificationRoleDefaultPolicy.*"),
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Sid", "SendThresholdEmails",
                        "Condition", Map.of("StringEquals", Map.of("ses:FromAddress", "alerts@example.com")))))))))));
        assertThat(standard.findResources("AWS::IAM::Policy").values().stream()
                .filter(p -> p.toString().contains("ses:SendEmail")).count()).isEqualTo(1);
    }

    @Test
    void functionsMayWriteOnlyTheirOwnLogGroupAndUseNoManagedPolicy() {
        standard.allResourcesProperties("AWS::IAM::Role", Match.objectLike(Map.of("ManagedPolicyArns", Match.absent())));
        standard.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
                "PolicyName", Match.stringLikeRegexp("ApiUsageCheckRoleDefaultPolicy.*"),
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Sid", "WriteOwnLogs",
                        "Action", List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                        "Resource", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("ApiUsageCheckLogs.*"), "Arn")))))))))));
    }

    @Test
    void getCreditsMayOnlyReadTheTable() {
        Map<String, Map<String, Object>> policies = standard.findResources("AWS::IAM::Policy", Match.objectLike(Map.of(
                "Properties", Match.objectLike(Map.of("PolicyName", Match.stringLikeRegexp("ApiGetCreditsRoleDefaultPolicy.*"))))));
        assertThat(policies.toString()).contains("dynamodb:GetItem").doesNotContain("dynamodb:PutItem", "sqs:SendMessage");
    }

    @Test
    void apiGatewayAccountRoleOnlyWhenManaged() {
        standard.resourceCountIs("AWS::ApiGateway::Account", 0);
        synth(p -> p.manageApiGatewayAccount(true)).resourceCountIs("AWS::ApiGateway::Account", 1);
    }

    @Test
    void rejectsAnUnknownConsistency() {
        var e = assertThrows(IllegalArgumentException.class, () -> synth(p -> p.consistency("strong")));
        assertThat(e).hasMessage("consistency must be STRONG or EVENTUAL, got 'strong'");
    }

    @Test
    void theStageThrottleAndThePlansAreTheProps() {
        Template t = synth(p -> p.stageThrottle(new StageThrottle(800, 1600))
                .usagePlans(List.of(new UsagePlanTier("basic", 5, 10, 5000))));
        t.hasResourceProperties("AWS::ApiGateway::Stage", Match.objectLike(Map.of("MethodSettings", Match.arrayWith(List.of(
                Match.objectLike(Map.of("ThrottlingRateLimit", 800, "ThrottlingBurstLimit", 1600)))))));
        t.resourceCountIs("AWS::ApiGateway::UsagePlan", 1);
        t.hasResourceProperties("AWS::ApiGateway::UsagePlan", Match.objectLike(Map.of("UsagePlanName", "acme-dev-basic",
                "Throttle", Map.of("RateLimit", 5, "BurstLimit", 10), "Quota", Map.of("Limit", 5000, "Period", "MONTH"))));
    }

    @Test
    void aPlanAboveTheStageIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> synth(p -> p
                .stageThrottle(new StageThrottle(100, 200))));
        assertThat(e).hasMessage("usage plan enterprise (200/400) exceeds the stage throttle (100/200)");
    }
}
