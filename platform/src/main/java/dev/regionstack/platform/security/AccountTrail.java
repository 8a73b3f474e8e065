package dev.regionstack.platform.security;

import software.amazon.awscdk.services.cloudtrail.Trail;
import software.constructs.Construct;

/**
 * The account's one CloudTrail trail: every region, global service events, log file validation, KMS-encrypted.
 * Create once per account.
 */
public final class AccountTrail extends Construct {
    private final Trail trail;

    public AccountTrail(Construct scope, String id, AccountTrailProps props) {
        super(scope, id);
        trail = Trail.Builder.create(this, "Resource")
                .bucket(props.bucket())
                .encryptionKey(props.encryptionKey())
                .isMultiRegionTrail(true)
                .includeGlobalServiceEvents(true)
                .enableFileValidation(true)
                .sendToCloudWatchLogs(false)
                .build();
    }

    public String trailArn() { return trail.getTrailArn(); }
}
