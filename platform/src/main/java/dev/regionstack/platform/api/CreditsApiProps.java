package dev.regionstack.platform.api;

import dev.regionstack.platform.removal.Removal;
import dev.regionstack.platform.service.RegionalWebAclProps;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.ITableV2;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.sqs.IQueue;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * @param namePrefix                 prefix of physical names ({@code <project>-<env>}): functions are
 *                                   {@code <namePrefix>-<name>}, SES templates {@code <namePrefix>-threshold-80|100}. Required.
 * @param table                      the global table the functions use. Required.
 * @param key                        customer-managed key of the log groups (and the table's key). Required.
 * @param notificationQueue          queue of threshold notifications (usage-check sends, the notifier consumes). Required.
 * @param functionsJarPath           path of the one jar that holds every handler. Required.
 * @param paymentEndpointParameterName SSM parameter created here with a placeholder payment endpoint URL. Required.
 * @param sesFromAddress             sender address of the notification e-mails (an SES identity operators verify). Required.
 * @param consistency                global table mode given to the functions, {@code STRONG} or {@code EVENTUAL}. Default: EVENTUAL.
 * @param primaryRegion              the environment's primary region, given to the functions as {@code PRIMARY_REGION}:
 *                                   in eventual mode the only region that creates organisations. Required.
 * @param lambdaMemoryMiB            memory of every function. Default: 256.
 * @param logRetention               retention of the function and access log groups. Default: ONE_WEEK.
 * @param removalPolicy              what happens to the user pool and log groups on stack delete. Default: RETAIN.
 * @param deletionProtection         deletion protection on the user pool. Default: false.
 * @param manageApiGatewayAccount    create the account-level API Gateway CloudWatch role ({@code AWS::ApiGateway::Account},
 *                                   one per account and region, needed for access logs). Default: false.
 * @param webAcl                     the regional web ACL associated with the stage. Required.
 * @param stageThrottle              the stage's throttle. Default: {@link StageThrottle#DEFAULT}.
 * @param usagePlans                 the usage plans, none above the stage's throttle. Default: {@link UsagePlanTier#TIERS}.
 */
public record CreditsApiProps(
        String namePrefix, ITableV2 table, IKey key, IQueue notificationQueue, String functionsJarPath,
        String paymentEndpointParameterName, String sesFromAddress, String consistency, String primaryRegion,
        int lambdaMemoryMiB,
        RetentionDays logRetention, RemovalPolicy removalPolicy, boolean deletionProtection,
        boolean manageApiGatewayAccount, RegionalWebAclProps webAcl, StageThrottle stageThrottle, List<UsagePlanTier> usagePlans) {

    public CreditsApiProps {
        Objects.requireNonNull(namePrefix, "namePrefix");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(notificationQueue, "notificationQueue");
        Objects.requireNonNull(functionsJarPath, "functionsJarPath");
        Objects.requireNonNull(paymentEndpointParameterName, "paymentEndpointParameterName");
        Objects.requireNonNull(sesFromAddress, "sesFromAddress");
        Objects.requireNonNull(webAcl, "webAcl");
        Objects.requireNonNull(primaryRegion, "primaryRegion");
        consistency = consistency == null ? "EVENTUAL" : consistency;
        if (!Set.of("STRONG", "EVENTUAL").contains(consistency)) {
            throw new IllegalArgumentException("consistency must be STRONG or EVENTUAL, got '" + consistency + "'");
        }
        lambdaMemoryMiB = lambdaMemoryMiB == 0 ? 256 : lambdaMemoryMiB;
        if (lambdaMemoryMiB < 128 || lambdaMemoryMiB > 10240) {
            throw new IllegalArgumentException("lambdaMemoryMiB must be between 128 and 10240, got " + lambdaMemoryMiB);
        }
        if (!sesFromAddress.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("sesFromAddress must be an e-mail address, got '" + sesFromAddress + "'");
        }
        stageThrottle = stageThrottle == null ? StageThrottle.DEFAULT : stageThrottle;
        usagePlans = usagePlans == null ? UsagePlanTier.TIERS : List.copyOf(usagePlans);
        for (UsagePlanTier plan : usagePlans) {
            if (plan.rateLimit() > stageThrottle.rateLimit() || plan.burstLimit() > stageThrottle.burstLimit()) {
                throw new IllegalArgumentException("usage plan " + plan.name() + " (" + plan.rateLimit() + "/" + plan.burstLimit()
                        + ") exceeds the stage throttle (" + stageThrottle.rateLimit() + "/" + stageThrottle.burstLimit() + ")");
            }
        }
        logRetention = logRetention == null ? RetentionDays.ONE_WEEK : logRetention;
        removalPolicy = Removal.orRetain(removalPolicy);
    }

    public static Builder builder() { return new Builder(); }

    /** Builder; unset optional fields take the defaults above. */
    public static final class Builder {
        private String namePrefix;
        private ITableV2 table;
        private IKey key;
        private IQueue notificationQueue;
        private String functionsJarPath;
        private String paymentEndpointParameterName;
        private String sesFromAddress;
        private String consistency;
        private String primaryRegion;
        private int lambdaMemoryMiB;
        private RetentionDays logRetention;
        private RemovalPolicy removalPolicy;
        private boolean deletionProtection;
        private boolean manageApiGatewayAccount;
        private RegionalWebAclProps webAcl;
        private StageThrottle stageThrottle;
        private List<UsagePlanTier> usagePlans;

        public Builder namePrefix(String v) { namePrefix = v; return this; }
        public Builder table(ITableV2 v) { table = v; return this; }
        public Builder key(IKey v) { key = v; return this; }
        public Builder notificationQueue(IQueue v) { notificationQueue = v; return this; }
        public Builder functionsJarPath(String v) { functionsJarPath = v; return this; }
        public Builder paymentEndpointParameterName(String v) { paymentEndpointParameterName = v; return this; }
        public Builder sesFromAddress(String v) { sesFromAddress = v; return this; }
        public Builder consistency(String v) { consistency = v; return this; }
        public Builder primaryRegion(String v) { primaryRegion = v; return this; }
        public Builder lambdaMemoryMiB(int v) { lambdaMemoryMiB = v; return this; }
        public Builder logRetention(RetentionDays v) { logRetention = v; return this; }
        public Builder removalPolicy(RemovalPolicy v) { removalPolicy = v; return this; }
        public Builder deletionProtection(boolean v) { deletionProtection = v; return this; }
        public Builder manageApiGatewayAccount(boolean v) { manageApiGatewayAccount = v; return this; }
        public Builder webAcl(RegionalWebAclProps v) { webAcl = v; return this; }
        public Builder stageThrottle(StageThrottle v) { stageThrottle = v; return this; }
        public Builder usagePlans(List<UsagePlanTier> v) { usagePlans = v; return this; }

        public CreditsApiProps build() {
            return new CreditsApiProps(namePrefix, table, key, notificationQueue, functionsJarPath,
                    paymentEndpointParameterName, sesFromAddress, consistency, primaryRegion, lambdaMemoryMiB, logRetention,
                    removalPolicy, deletionProtection, manageApiGatewayAccount, webAcl, stageThrottle, usagePlans);
        }
    }
}
