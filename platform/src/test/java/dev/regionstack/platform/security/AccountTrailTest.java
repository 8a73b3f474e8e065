package dev.regionstack.platform.security;

import dev.regionstack.platform.TestStacks;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AccountTrailTest {
    private static final Map<String, Object> MANAGEMENT = Map.of(
            "Name", "Management events",
            "FieldSelectors", List.of(Map.of("Field", "eventCategory", "Equals", List.of("Management"))));

    private static Template trail(List<String> dataEventBuckets) {
        Stack stack = TestStacks.stack();
        var key = TestStacks.key(stack);
        LogBucket bucket = new LogBucket(stack, "TrailBucket", new LogBucketProps(key, 0, RemovalPolicy.RETAIN));
        new AccountTrail(stack, "Trail", new AccountTrailProps(bucket.bucket(), key, dataEventBuckets));
        return Template.fromStack(stack);
    }

    @Test
    void recordsTheS3DataEventsOfTheNamedBucketsAndEveryManagementEvent() {
        trail(List.of("acme-prod-us-east-1-111111111111-data", "acme-prod-us-east-2-111111111111-data"))
                .hasResourceProperties("AWS::CloudTrail::Trail", Match.objectLike(Map.of("AdvancedEventSelectors", List.of(
                        MANAGEMENT,
                        Map.of("Name", "S3 data events of the data buckets", "FieldSelectors", List.of(
                                Map.of("Field", "eventCategory", "Equals", List.of("Data")),
                                Map.of("Field", "resources.type", "Equals", List.of("AWS::S3::Object")),
                                Map.of("Field", "resources.ARN", "StartsWith", List.of(
                                        "arn:aws:s3:::acme-prod-us-east-1-111111111111-data/",
                                        "arn:aws:s3:::acme-prod-us-east-2-111111111111-data/"))))))));
    }

    @Test
    void readsAndWritesAlike() {
        // no readOnly field: CloudTrail then records both
        String template = trail(List.of("acme-prod-us-east-1-111111111111-data")).toJSON().toString();
        assertThat(template).doesNotContain("readOnly");
    }

    @Test
    void withoutDataEventBucketsStillRecordsEveryManagementEvent() {
        trail(List.of()).hasResourceProperties("AWS::CloudTrail::Trail", Match.objectLike(Map.of(
                "AdvancedEventSelectors", List.of(MANAGEMENT))));
    }

    @Test
    void leavesOutTheBasicEventSelectors() {
        trail(List.of("acme-prod-us-east-1-111111111111-data")).hasResourceProperties("AWS::CloudTrail::Trail",
                Match.objectLike(Map.of("EventSelectors", Match.absent())));
    }

    @Test
    void refusesMoreBucketsThanTheSelectorsCanName() {
        List<String> names = IntStream.range(0, 498).mapToObj(i -> "bucket-" + i).toList();
        var stack = TestStacks.stack();
        var key = TestStacks.key(stack);
        var bucket = new LogBucket(stack, "TrailBucket", new LogBucketProps(key, 0, RemovalPolicy.RETAIN)).bucket();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AccountTrailProps(bucket, key, names));
        assertThat(e).hasMessage("dataEventBucketNames holds 498 buckets; a trail's advanced event selectors can name at most 497");
    }

    @Test
    void refusesABucketNamedTwice() {
        var stack = TestStacks.stack();
        var key = TestStacks.key(stack);
        var bucket = new LogBucket(stack, "TrailBucket", new LogBucketProps(key, 0, RemovalPolicy.RETAIN)).bucket();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AccountTrailProps(bucket, key, List.of("acme-data", "acme-data")));
        assertThat(e).hasMessage("dataEventBucketNames lists acme-data twice; list each bucket once");
    }

    @Test
    void refusesSomethingThatIsNotABucketName() {
        var stack = TestStacks.stack();
        var key = TestStacks.key(stack);
        var bucket = new LogBucket(stack, "TrailBucket", new LogBucketProps(key, 0, RemovalPolicy.RETAIN)).bucket();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AccountTrailProps(bucket, key, List.of("arn:aws:s3:::acme-data")));
        assertThat(e).hasMessage("dataEventBucketNames must hold S3 bucket names (3 to 63 lower-case letters, digits,"
                + " dots and hyphens), got 'arn:aws:s3:::acme-data'");
    }
}
