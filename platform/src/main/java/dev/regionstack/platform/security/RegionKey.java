package dev.regionstack.platform.security;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.AccountRootPrincipal;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.CfnAlias;
import software.amazon.awscdk.services.kms.CfnKey;
import software.amazon.awscdk.services.kms.CfnReplicaKey;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A region's customer-managed key, multi-Region: the primary key (rotation on; replicas share its rotation) in the
 * primary region and a replica of it elsewhere, each with the same alias. The key policy delegates to IAM (account
 * root), so grants to roles work from any stack, and lets the AWS services that encrypt with it do so only on
 * behalf of this account: CloudWatch Logs for this region's log groups, CloudWatch alarms and EventBridge for
 * encrypted topics and queues, and (optionally) CloudTrail for the account trail.
 */
public final class RegionKey extends Construct {
    private final IKey key;
    private final String keyArn;

    public RegionKey(Construct scope, String id, RegionKeyProps props) {
        super(scope, id);
        PolicyDocument policy = policy(Stack.of(this), props.allowCloudTrail());
        String description = "Data key " + props.aliasName().substring("alias/".length());
        if (props.primaryKeyArn().isEmpty()) {
            CfnKey primary = CfnKey.Builder.create(this, "Resource")
                    .description(description)
                    .multiRegion(true)
                    .enableKeyRotation(true)
                    .keyPolicy(policy)
                    .build();
            primary.applyRemovalPolicy(props.removalPolicy());
            keyArn = primary.getAttrArn();
        } else {
            CfnReplicaKey replica = CfnReplicaKey.Builder.create(this, "Resource")
                    .description(description)
                    .primaryKeyArn(props.primaryKeyArn().get())
                    .keyPolicy(policy)
                    .build();
            replica.applyRemovalPolicy(props.removalPolicy());
            keyArn = replica.getAttrArn();
        }
        // Grants go to the grantee's IAM policy, which the key policy honours (it delegates to the account).
        key = Key.fromKeyArn(this, "Key", keyArn);
        CfnAlias.Builder.create(this, "Alias").aliasName(props.aliasName()).targetKeyId(keyArn).build();
    }

    private static PolicyDocument policy(Stack stack, boolean allowCloudTrail) {
        String account = stack.getAccount();
        String region = stack.getRegion();
        List<PolicyStatement> statements = new ArrayList<>();
        statements.add(PolicyStatement.Builder.create()
                .sid("AccountAdministersAndDelegatesToIam")
                .principals(List.of(new AccountRootPrincipal()))
                .actions(List.of("kms:*"))
                .resources(List.of("*"))
                .build());
        statements.add(PolicyStatement.Builder.create()
                .sid("CloudWatchLogsOfThisRegion")
                .principals(List.of(new ServicePrincipal("logs." + region + ".amazonaws.com")))
                .actions(List.of("kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"))
                .resources(List.of("*"))
                .conditions(Map.of("ArnLike", Map.of("kms:EncryptionContext:aws:logs:arn",
                        "arn:" + stack.getPartition() + ":logs:" + region + ":" + account + ":*")))
                .build());
        statements.add(PolicyStatement.Builder.create()
                .sid("AlarmsAndEventsToEncryptedTargets")
                .principals(List.of(new ServicePrincipal("cloudwatch.amazonaws.com"), new ServicePrincipal("events.amazonaws.com")))
                .actions(List.of("kms:Decrypt", "kms:GenerateDataKey*"))
                .resources(List.of("*"))
                .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", account)))
                .build());
        if (allowCloudTrail) {
            statements.add(PolicyStatement.Builder.create()
                    .sid("CloudTrailEncryptsAccountTrail")
                    .principals(List.of(new ServicePrincipal("cloudtrail.amazonaws.com")))
                    .actions(List.of("kms:GenerateDataKey*", "kms:DescribeKey"))
                    .resources(List.of("*"))
                    .conditions(new java.util.TreeMap<>(Map.of(
                            "StringEquals", Map.of("aws:SourceAccount", account),
                            "StringLike", Map.of("kms:EncryptionContext:aws:cloudtrail:arn",
                                    "arn:" + stack.getPartition() + ":cloudtrail:*:" + account + ":trail/*"))))
                    .build());
        }
        return PolicyDocument.Builder.create().statements(statements).build();
    }

    /** The key, for encryption settings and IAM grants. */
    public IKey key() { return key; }

    /** The key's ARN ({@code arn:...:key/mrk-...}), a deploy-time token. */
    public String keyArn() { return keyArn; }
}
