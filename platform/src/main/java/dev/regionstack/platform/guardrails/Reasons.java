package dev.regionstack.platform.guardrails;

/**
 * Reasons, and parts of reasons, that several components' suppressions share. The two claims are facts the
 * guardrail tests check on every synthesized test fleet (GuardrailClaimsTest): a reason naming
 * {@link #TRAIL_DATA_EVENTS} sits on a bucket whose account trail selects its S3 data events, and one naming
 * {@link #GUARDDUTY_S3} on a resource whose account and region have a GuardDuty detector with S3 protection.
 */
public final class Reasons {
    private Reasons() {}

    public static final String TRAIL_DATA_EVENTS = "the account trail records its object-level calls as CloudTrail S3 data events";
    public static final String GUARDDUTY_S3 = "GuardDuty S3 protection";

    public static final String KMS_GRANT_ACTIONS = "CDK's key grants (grantEncryptDecrypt and friends) use the"
            + " kms:GenerateDataKey* and kms:ReEncrypt* action families on the region's one key, which holds no data itself.";
    public static final String XRAY = "X-Ray trace submission (PutTraceSegments and friends) has no resource-level"
            + " permissions, so its statement must name Resource *.";
    public static final String CDK_GRANT_INLINE = "CDK grants write least-privilege inline policies attached to"
            + " exactly one role; a customer-managed policy would be the same statements, reusable by other principals.";
}
