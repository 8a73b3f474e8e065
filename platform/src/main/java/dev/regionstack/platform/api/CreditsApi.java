package dev.regionstack.platform.api;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.Reasons;
import dev.regionstack.platform.guardrails.SuppressionRule;
import dev.regionstack.platform.service.RegionalWebAcl;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigateway.AuthorizationType;
import software.amazon.awscdk.services.apigateway.CognitoUserPoolsAuthorizer;
import software.amazon.awscdk.services.apigateway.EndpointType;
import software.amazon.awscdk.services.apigateway.JsonWithStandardFieldProps;
import software.amazon.awscdk.services.apigateway.LambdaIntegration;
import software.amazon.awscdk.services.apigateway.LogGroupLogDestination;
import software.amazon.awscdk.services.apigateway.MethodLoggingLevel;
import software.amazon.awscdk.services.apigateway.MethodOptions;
import software.amazon.awscdk.services.apigateway.Period;
import software.amazon.awscdk.services.apigateway.QuotaSettings;
import software.amazon.awscdk.services.apigateway.RequestValidator;
import software.amazon.awscdk.services.apigateway.RequestValidatorOptions;
import software.amazon.awscdk.services.apigateway.Resource;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.apigateway.StageOptions;
import software.amazon.awscdk.services.apigateway.ThrottleSettings;
import software.amazon.awscdk.services.apigateway.UsagePlanPerApiStage;
import software.amazon.awscdk.services.apigateway.UsagePlanProps;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.AutoVerifiedAttrs;
import software.amazon.awscdk.services.cognito.FeaturePlan;
import software.amazon.awscdk.services.cognito.Mfa;
import software.amazon.awscdk.services.cognito.MfaSecondFactor;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.amazon.awscdk.services.cognito.UserPoolGroupOptions;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.AssetCode;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.ses.CfnTemplate;
import software.amazon.awscdk.services.ssm.ParameterTier;
import software.amazon.awscdk.services.ssm.StringParameter;
import software.constructs.Construct;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * The {@code api} component: a Cognito user pool (admins create users; no self sign-up) and a regional REST API
 * whose routes run the credits service's Lambda functions. Every function is Java 21 on arm64 with SnapStart;
 * integrations and the queue event source target the {@code live} alias, so that SnapStart (which applies to
 * published versions only) is what serves traffic. Each function gets only the rights its route needs.
 */
public final class CreditsApi extends Construct implements Guarded {
    private final List<SuppressionRule> suppressions;
    /** Default stage-wide throttle: the ceiling over all keys together (above the enterprise plan). */
    public static final int STAGE_RATE_LIMIT = 500;
    public static final int STAGE_BURST_LIMIT = 1000;
    public static final String STAGE_NAME = "v1";
    public static final String ALIAS_NAME = "live";
    /** Placeholder value of the payment endpoint parameter; operators set the real one. */
    public static final String PAYMENT_ENDPOINT_PLACEHOLDER = "https://payments.example.invalid/v1/charges";

    private final RestApi api;
    private final UserPool userPool;
    private final UserPoolClient client;
    private final Map<CreditsFunction, Function> functions = new EnumMap<>(CreditsFunction.class);
    private final Map<CreditsFunction, Alias> aliases = new EnumMap<>(CreditsFunction.class);

    public CreditsApi(Construct scope, String id, CreditsApiProps props) {
        super(scope, id);
        suppressions = SUPPRESSIONS;
        Stack stack = Stack.of(this);

        userPool = UserPool.Builder.create(this, "UserPool")
                .userPoolName(props.namePrefix() + "-users")
                .selfSignUpEnabled(false)
                .signInAliases(SignInAliases.builder().email(true).build())
                .autoVerify(AutoVerifiedAttrs.builder().email(true).build())
                .passwordPolicy(PasswordPolicy.builder().minLength(12).requireLowercase(true).requireUppercase(true)
                        .requireDigits(true).requireSymbols(true).tempPasswordValidity(Duration.days(3)).build())
                .mfa(Mfa.OPTIONAL)
                .mfaSecondFactor(MfaSecondFactor.builder().otp(true).sms(false).build())
                .accountRecovery(AccountRecovery.EMAIL_ONLY)
                // Threat protection ("advanced security") needs the Plus plan, billed per MAU: not cheap, so off.
                .featurePlan(FeaturePlan.ESSENTIALS)
                .deletionProtection(props.deletionProtection())
                .removalPolicy(props.removalPolicy())
                .build();
        client = userPool.addClient("Client", UserPoolClientOptions.builder()
                .userPoolClientName(props.namePrefix() + "-client")
                .generateSecret(false)
                .authFlows(AuthFlow.builder().userSrp(true).build())
                .disableOAuth(true)
                .preventUserExistenceErrors(true)
                .build());
        userPool.addGroup("AdminGroup", UserPoolGroupOptions.builder()
                .groupName("admin").description("May grant credits").build());

        StringParameter paymentEndpoint = StringParameter.Builder.create(this, "PaymentEndpoint")
                .parameterName(props.paymentEndpointParameterName())
                .stringValue(PAYMENT_ENDPOINT_PLACEHOLDER)
                .description("Payment provider endpoint used by the payments function; replace the placeholder")
                .tier(ParameterTier.STANDARD)
                .build();

        // Template variables are the notifier's template data: orgId, period, threshold, used, allowance, balance
        // (SES drops an e-mail whose template names a variable the data lacks).
        String templatePrefix = props.namePrefix();
        for (int percent : List.of(80, 100)) {
            CfnTemplate.Builder.create(this, "Threshold" + percent + "Template")
                    .template(CfnTemplate.TemplateProperty.builder()
                            .templateName(templatePrefix + "-threshold-" + percent)
                            .subjectPart("{{orgId}}: " + percent + "% of your credits for {{period}} are used")
                            .textPart("Organisation {{orgId}} has used {{used}} of its {{allowance}} credits for {{period}}"
                                    + " ({{threshold}}%). Balance: {{balance}}.")
                            .htmlPart("<p>Organisation <b>{{orgId}}</b> has used {{used}} of its {{allowance}} credits for"
                                    + " {{period}} ({{threshold}}%).</p><p>Balance: {{balance}}.</p>")
                            .build())
                    .build();
        }

        Map<String, String> environment = new java.util.TreeMap<>(Map.of(
                "TABLE_NAME", props.table().getTableName(),
                "CONSISTENCY", props.consistency(),
                "PRIMARY_REGION", props.primaryRegion(),
                "NOTIFICATION_QUEUE_URL", props.notificationQueue().getQueueUrl(),
                "PAYMENT_ENDPOINT_PARAMETER", props.paymentEndpointParameterName(),
                "SES_FROM_ADDRESS", props.sesFromAddress(),
                "SES_TEMPLATE_PREFIX", templatePrefix));
        AssetCode code = Code.fromAsset(props.functionsJarPath());
        for (CreditsFunction f : CreditsFunction.values()) {
            String name = f.functionName(props.namePrefix());
            LogGroup logs = LogGroup.Builder.create(this, f.constructId() + "Logs")
                    .logGroupName("/aws/lambda/" + name)
                    .encryptionKey(props.key())
                    .retention(props.logRetention())
                    .removalPolicy(props.removalPolicy())
                    .build();
            Map<String, String> env = new java.util.TreeMap<>(environment);
            env.put("POWERTOOLS_SERVICE_NAME", f.shortName());
            // Own role instead of AWSLambdaBasicExecutionRole, whose log rights cover every log group.
            Role role = Role.Builder.create(this, f.constructId() + "Role")
                    .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                    .description("Lambda " + name)
                    .build();
            role.addToPolicy(PolicyStatement.Builder.create().sid("WriteOwnLogs")
                    .actions(List.of("logs:CreateLogStream", "logs:PutLogEvents"))
                    .resources(List.of(logs.getLogGroupArn()))
                    .build());
            Function function = Function.Builder.create(this, f.constructId())
                    .functionName(name)
                    .role(role)
                    .runtime(Runtime.JAVA_21)
                    .architecture(Architecture.ARM_64)
                    .handler(f.handler())
                    .code(code)
                    .memorySize(props.lambdaMemoryMiB())
                    .timeout(f == CreditsFunction.THRESHOLD_NOTIFICATION ? Duration.seconds(30) : Duration.seconds(10))
                    .tracing(Tracing.ACTIVE)
                    .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                    .logGroup(logs)
                    .environment(env)
                    .build();
            // The live alias below publishes a version on every code change, which is what SnapStart snapshots.
            Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                    "Every function is served through its live alias, which points at a published version.");
            functions.put(f, function);
            aliases.put(f, Alias.Builder.create(this, f.constructId() + "Alias")
                    .aliasName(ALIAS_NAME)
                    .version(function.getCurrentVersion())
                    .build());
        }

        // Least privilege per function: the route's needs, never a wildcard action on data.
        props.table().grantReadData(functions.get(CreditsFunction.GET_CREDITS));
        for (CreditsFunction f : List.of(CreditsFunction.USAGE_CHECK, CreditsFunction.GRANT_CREDITS,
                CreditsFunction.PAYMENTS, CreditsFunction.THRESHOLD_NOTIFICATION)) {
            props.table().grantReadWriteData(functions.get(f));
        }
        props.notificationQueue().grantSendMessages(functions.get(CreditsFunction.USAGE_CHECK));
        functions.get(CreditsFunction.PAYMENTS).addToRolePolicy(PolicyStatement.Builder.create()
                .sid("ReadPaymentEndpoint")
                .actions(List.of("ssm:GetParameter"))
                .resources(List.of(paymentEndpoint.getParameterArn()))
                .build());
        String domain = props.sesFromAddress().substring(props.sesFromAddress().indexOf('@') + 1);
        String sesArn = "arn:" + stack.getPartition() + ":ses:" + stack.getRegion() + ":" + stack.getAccount() + ":";
        functions.get(CreditsFunction.THRESHOLD_NOTIFICATION).addToRolePolicy(PolicyStatement.Builder.create()
                .sid("SendThresholdEmails")
                .actions(List.of("ses:SendEmail", "ses:SendTemplatedEmail"))
                .resources(List.of(sesArn + "identity/" + props.sesFromAddress(), sesArn + "identity/" + domain,
                        sesArn + "template/" + templatePrefix + "-threshold-80", sesArn + "template/" + templatePrefix + "-threshold-100"))
                .conditions(Map.of("StringEquals", Map.of("ses:FromAddress", props.sesFromAddress())))
                .build());
        aliases.get(CreditsFunction.THRESHOLD_NOTIFICATION).addEventSource(new SqsEventSource(props.notificationQueue(),
                SqsEventSourceProps.builder().batchSize(10).reportBatchItemFailures(true).build()));

        LogGroup accessLogs = LogGroup.Builder.create(this, "AccessLogs")
                .encryptionKey(props.key())
                .retention(props.logRetention())
                .removalPolicy(props.removalPolicy())
                .build();
        api = RestApi.Builder.create(this, "Api")
                .restApiName(props.namePrefix() + "-credits")
                .description("Credits service")
                .endpointTypes(List.of(EndpointType.REGIONAL))
                .cloudWatchRole(props.manageApiGatewayAccount())
                .deployOptions(StageOptions.builder()
                        .stageName(STAGE_NAME)
                        .tracingEnabled(true)
                        .metricsEnabled(true)
                        .throttlingRateLimit(props.stageThrottle().rateLimit())
                        .throttlingBurstLimit(props.stageThrottle().burstLimit())
                        // Execution logs of errors only (needs the account's API Gateway CloudWatch role, as access logs do).
                        .loggingLevel(MethodLoggingLevel.ERROR)
                        .dataTraceEnabled(false)
                        .accessLogDestination(new LogGroupLogDestination(accessLogs))
                        .accessLogFormat(AccessLogFormat.jsonWithStandardFields(JsonWithStandardFieldProps.builder()
                                .caller(true).httpMethod(true).ip(true).protocol(true).requestTime(true)
                                .resourcePath(true).responseLength(true).status(true).user(true).build()))
                        .build())
                .build();

        CognitoUserPoolsAuthorizer authorizer = CognitoUserPoolsAuthorizer.Builder.create(this, "Authorizer")
                .cognitoUserPools(List.of(userPool))
                .build();
        // API keys (and so the usage plans) meter the usage routes; grant and payments are Cognito-only.
        RequestValidator validator = api.addRequestValidator("RequestValidator", RequestValidatorOptions.builder()
                .validateRequestParameters(true).validateRequestBody(true).build());
        MethodOptions metered = MethodOptions.builder().authorizer(authorizer).requestValidator(validator)
                .authorizationType(AuthorizationType.COGNITO).apiKeyRequired(true).build();
        MethodOptions signedIn = MethodOptions.builder().authorizer(authorizer).requestValidator(validator)
                .authorizationType(AuthorizationType.COGNITO).apiKeyRequired(false).build();
        api.getRoot().addResource("usage-check").addMethod("POST", integration(CreditsFunction.USAGE_CHECK), metered);
        Resource org = api.getRoot().addResource("credits").addResource("{orgId}");
        org.addMethod("GET", integration(CreditsFunction.GET_CREDITS), metered);
        org.addResource("grant").addMethod("POST", integration(CreditsFunction.GRANT_CREDITS), signedIn);
        api.getRoot().addResource("payments").addMethod("POST", integration(CreditsFunction.PAYMENTS), signedIn);

        for (UsagePlanTier tier : props.usagePlans()) {
            api.addUsagePlan(Character.toUpperCase(tier.name().charAt(0)) + tier.name().substring(1) + "Plan",
                    UsagePlanProps.builder()
                            .name(props.namePrefix() + "-" + tier.name())
                            .throttle(ThrottleSettings.builder().rateLimit(tier.rateLimit()).burstLimit(tier.burstLimit()).build())
                            .quota(QuotaSettings.builder().limit(tier.monthlyQuota()).period(Period.MONTH).build())
                            .apiStages(List.of(UsagePlanPerApiStage.builder().api(api).stage(api.getDeploymentStage()).build()))
                            .build());
        }

        new RegionalWebAcl(this, "WebAcl", props.webAcl())
                .associate("WebAclAssociation", api.getDeploymentStage().getStageArn());
    }

    private LambdaIntegration integration(CreditsFunction f) {
        return new LambdaIntegration(aliases.get(f));
    }

    public RestApi api() { return api; }

    /** The stage's invoke URL (a token). */
    public String url() { return api.getUrl(); }

    public UserPool userPool() { return userPool; }

    public UserPoolClient client() { return client; }

    public IFunction function(CreditsFunction f) { return functions.get(f); }

    @Override public List<SuppressionRule> suppressions() { return suppressions; }

    private static final List<SuppressionRule> SUPPRESSIONS = rules();

    private static List<SuppressionRule> rules() {
        String function = "AWS::Lambda::Function";
        String method = "AWS::ApiGateway::Method";
        String policy = "AWS::IAM::Policy";
        String stage = "AWS::ApiGateway::Stage";
        String functions = "(" + String.join("|", Arrays.stream(CreditsFunction.values()).map(CreditsFunction::constructId).toList()) + ")";
        // only where the environment's records route to the API (dns and api, no app): ApiCustomDomain adds the method
        String health = "The API's GET /health is what the Route53 health checks request, and they cannot sign in: it has no"
                + " authorization by design, returns a fixed 200 from a mock integration (no function, no data), and sits"
                + " behind the stage's WAF rate limit and throttling like every route.";
        String roles = functions + "Role/DefaultPolicy/Resource";
        return List.of(
                on(function, functions + "/Resource", of("AwsSolutions-L1",
                        "The credits functions run on the Java 21 runtime, which the functions module is built (release 17) and tested for; moving to a newer runtime is that module's decision.")),
                on(function, functions + "/Resource", of(NIST + "LambdaInsideVPC",
                        "The credits functions call only AWS APIs (DynamoDB, SQS, SSM, SES) and no VPC resource; in a VPC they would need NAT or six interface endpoints per region for no isolation gain.")),
                on(function, functions + "/Resource", of(NIST + "LambdaConcurrency",
                        "API Gateway usage plans and the WAF rate limit bound the request rate; reserved concurrency would take account quota from every other function.")),
                on(function, functions + "/Resource", of(NIST + "LambdaDLQ",
                        "The functions are invoked synchronously by API Gateway or through an SQS event source whose queue has its own dead-letter queue, so a function DLQ would never receive anything.")),
                on(method, "Api/Default/health/GET/Resource", of("AwsSolutions-APIG4", health)),
                on(method, "Api/Default/health/GET/Resource", of("AwsSolutions-COG4", health)),
                on(policy, roles, of(NIST + "IAMNoInlinePolicy", Reasons.CDK_GRANT_INLINE)),
                on(policy, roles, of("AwsSolutions-IAM5", List.of("Action::kms:ReEncrypt*", "Action::kms:GenerateDataKey*"), Reasons.KMS_GRANT_ACTIONS)),
                on(policy, roles, of("AwsSolutions-IAM5", List.of("Resource::*"), Reasons.XRAY)),
                on("AWS::IAM::Role", "Api/CloudWatchRole/Resource", of("AwsSolutions-IAM4",
                        List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"),
                        "API Gateway's account-level logging role uses the AWS-managed policy AWS documents for it; it only writes API Gateway's own log groups.")),
                on("AWS::Cognito::UserPool", "UserPool/Resource", of("AwsSolutions-COG2",
                        "MFA is optional (users may enrol a TOTP app) rather than required: forcing it on every API user is a product decision, not the platform's.")),
                on("AWS::Cognito::UserPool", "UserPool/Resource", of("AwsSolutions-COG3",
                        "Cognito threat protection needs the Plus feature plan, billed per active user; the API's WAF rate rule and managed rule groups limit credential stuffing instead.")),
                on(stage, "Api/DeploymentStage\\." + STAGE_NAME + "/Resource", of(NIST + "APIGWCacheEnabledAndEncrypted",
                        "Credit balances must be read fresh (strong or eventual reads per the fleet file); an API cache would serve stale balances.")),
                on(stage, "Api/DeploymentStage\\." + STAGE_NAME + "/Resource", of(NIST + "APIGWSSLEnabled",
                        "The backends are Lambda functions reached by AWS proxy integration, not HTTP endpoints, so there is no backend to authenticate with a client certificate.")));
    }
}
