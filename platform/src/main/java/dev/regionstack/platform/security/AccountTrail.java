package dev.regionstack.platform.security;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.SuppressionRule;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.regioninfo.RegionInfo;
import software.amazon.awscdk.services.cloudtrail.CfnTrail;
import software.amazon.awscdk.services.cloudtrail.CfnTrail.AdvancedEventSelectorProperty;
import software.amazon.awscdk.services.cloudtrail.CfnTrail.AdvancedFieldSelectorProperty;
import software.amazon.awscdk.services.cloudtrail.Trail;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * The account's one CloudTrail trail: every region, global service events, log file validation, KMS-encrypted.
 * Create once per account.
 *
 * <p>Event selection uses advanced event selectors: one for every management event (read and write, as a trail
 * without selectors logs), and, with {@link AccountTrailProps#dataEventBucketNames()}, one for the S3 data events
 * (object-level calls, read and write) of the named buckets: {@code eventCategory = Data},
 * {@code resources.type = AWS::S3::Object}, {@code resources.ARN} starting with {@code arn:<partition>:s3:::<name>/}.
 * Advanced selectors replace the basic {@code EventSelectors}, which the template then leaves out.
 */
public final class AccountTrail extends Construct implements Guarded {
    private final List<SuppressionRule> suppressions;
    /** The names the selectors carry in the template (and in the CloudTrail console). */
    public static final String MANAGEMENT_SELECTOR = "Management events";
    public static final String DATA_SELECTOR = "S3 data events of the data buckets";

    private final Trail trail;

    public AccountTrail(Construct scope, String id, AccountTrailProps props) {
        super(scope, id);
        suppressions = List.of(on("AWS::CloudTrail::Trail", "Resource/Resource", of(NIST + "CloudTrailCloudWatchLogsEnabled",
                "The trail writes to a KMS-encrypted, versioned S3 bucket with log file validation; a CloudWatch Logs copy of every management event would double the cost without a consumer.")));
        trail = Trail.Builder.create(this, "Resource")
                .bucket(props.bucket())
                .encryptionKey(props.encryptionKey())
                .isMultiRegionTrail(true)
                .includeGlobalServiceEvents(true)
                .enableFileValidation(true)
                .sendToCloudWatchLogs(false)
                .build();
        List<Object> selectors = new ArrayList<>();
        selectors.add(AdvancedEventSelectorProperty.builder()
                .name(MANAGEMENT_SELECTOR)
                .fieldSelectors(List.of(equalTo("eventCategory", "Management")))
                .build());
        if (!props.dataEventBucketNames().isEmpty()) {
            String partition = partition(Stack.of(this));
            selectors.add(AdvancedEventSelectorProperty.builder()
                    .name(DATA_SELECTOR)
                    .fieldSelectors(List.of(
                            equalTo("eventCategory", "Data"),
                            equalTo("resources.type", "AWS::S3::Object"),
                            AdvancedFieldSelectorProperty.builder().field("resources.ARN")
                                    .startsWith(props.dataEventBucketNames().stream()
                                            .map(name -> "arn:" + partition + ":s3:::" + name + "/").toList())
                                    .build()))
                    .build());
        }
        CfnTrail resource = (CfnTrail) trail.getNode().getDefaultChild();
        resource.setAdvancedEventSelectors(selectors);
        resource.addPropertyDeletionOverride("EventSelectors"); // a trail takes basic or advanced selectors, not both
    }

    /** The stack's partition, written out when its region is known (a plain ARN prefix reads better than a join). */
    private static String partition(Stack stack) {
        String region = stack.getRegion();
        String known = Token.isUnresolved(region) ? null : RegionInfo.get(region).getPartition();
        return known != null ? known : stack.getPartition();
    }

    private static AdvancedFieldSelectorProperty equalTo(String field, String value) {
        return AdvancedFieldSelectorProperty.builder().field(field).equalTo(List.of(value)).build();
    }

    public String trailArn() { return trail.getTrailArn(); }

    @Override public List<SuppressionRule> suppressions() { return suppressions; }
}
