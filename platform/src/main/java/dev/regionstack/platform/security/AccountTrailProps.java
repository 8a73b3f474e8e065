package dev.regionstack.platform.security;

import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.IBucket;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * @param bucket                where the trail writes. Required.
 * @param encryptionKey         the key log files are encrypted with; its policy must let CloudTrail use it. Required.
 * @param dataEventBucketNames  buckets, by name, whose object-level calls (GetObject, PutObject, DeleteObject and the
 *                              rest, reads and writes) the trail records as S3 data events. Names, not references: the
 *                              buckets may live in other stacks, regions or environments of the account, and may not
 *                              exist yet (the selector is a prefix match on the object ARNs). Never the trail's own
 *                              bucket, whose every delivery would be logged again. At most
 *                              {@value #MAX_DATA_EVENT_BUCKETS}, each once. Default: none (management events only).
 */
public record AccountTrailProps(IBucket bucket, IKey encryptionKey, List<String> dataEventBucketNames) {
    /**
     * CloudTrail allows 500 values over all conditions of a trail's advanced event selectors; the management and
     * data selectors use three (two eventCategory values and the resources.type), so one ARN prefix per bucket
     * leaves room for 497 buckets.
     */
    public static final int MAX_DATA_EVENT_BUCKETS = 497;
    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    /** Management events only. */
    public AccountTrailProps(IBucket bucket, IKey encryptionKey) {
        this(bucket, encryptionKey, List.of());
    }

    public AccountTrailProps {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(encryptionKey, "encryptionKey");
        dataEventBucketNames = dataEventBucketNames == null ? List.of() : List.copyOf(dataEventBucketNames);
        if (dataEventBucketNames.size() > MAX_DATA_EVENT_BUCKETS) {
            throw new IllegalArgumentException("dataEventBucketNames holds " + dataEventBucketNames.size()
                    + " buckets; a trail's advanced event selectors can name at most " + MAX_DATA_EVENT_BUCKETS);
        }
        Set<String> seen = new HashSet<>();
        for (String name : dataEventBucketNames) {
            if (!BUCKET_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("dataEventBucketNames must hold S3 bucket names (3 to 63 lower-case"
                        + " letters, digits, dots and hyphens), got '" + name + "'");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("dataEventBucketNames lists " + name + " twice; list each bucket once");
            }
        }
    }
}
