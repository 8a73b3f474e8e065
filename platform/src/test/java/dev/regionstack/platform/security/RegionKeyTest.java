package dev.regionstack.platform.security;

import dev.regionstack.platform.TestStacks;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RegionKeyTest {
    private static final String ALIAS = "alias/acme-prod-data";

    private static Template synth(RegionKeyProps props) {
        Stack stack = TestStacks.stack();
        new RegionKey(stack, "Key", props);
        return Template.fromStack(stack);
    }

    @Test
    void primaryIsAMultiRegionKeyWithRotation() {
        Template template = synth(new RegionKeyProps(ALIAS, Optional.empty(), false, RemovalPolicy.RETAIN));
        template.hasResourceProperties("AWS::KMS::Key", Match.objectLike(Map.of("MultiRegion", true, "EnableKeyRotation", true)));
        template.resourceCountIs("AWS::KMS::ReplicaKey", 0);
    }

    @Test
    void replicaReplicatesThePrimaryKey() {
        Template template = synth(new RegionKeyProps(ALIAS,
                Optional.of("arn:aws:kms:us-east-1:111111111111:key/mrk-1234"), false, RemovalPolicy.RETAIN));
        template.hasResourceProperties("AWS::KMS::ReplicaKey", Match.objectLike(Map.of(
                "PrimaryKeyArn", "arn:aws:kms:us-east-1:111111111111:key/mrk-1234")));
        template.resourceCountIs("AWS::KMS::Key", 0);
    }

    @Test
    void aliasNamesTheKey() {
        Template template = synth(new RegionKeyProps(ALIAS, Optional.empty(), false, null));
        template.hasResourceProperties("AWS::KMS::Alias", Map.of(
                "AliasName", ALIAS, "TargetKeyId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Key.*"), "Arn"))));
    }

    @Test
    void removalFollowsTheProps() {
        synth(new RegionKeyProps(ALIAS, Optional.empty(), false, RemovalPolicy.DESTROY))
                .hasResource("AWS::KMS::Key", Match.objectLike(Map.of("DeletionPolicy", "Delete")));
    }

    @Test
    void cloudWatchLogsOfTheRegionMayUseTheKey() {
        synth(new RegionKeyProps(ALIAS, Optional.empty(), false, null)).hasResourceProperties("AWS::KMS::Key", Match.objectLike(Map.of(
                "KeyPolicy", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Sid", "CloudWatchLogsOfThisRegion",
                        "Principal", Map.of("Service", "logs.eu-west-2.amazonaws.com"),
                        "Condition", Map.of("ArnLike", Map.of("kms:EncryptionContext:aws:logs:arn",
                                Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
                                        ":logs:eu-west-2:111111111111:*")))))))))))));
    }

    @Test
    void cloudTrailOnlyWhenAsked() {
        Map<String, Object> trailStatement = Map.of("KeyPolicy", Map.of("Statement", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Sid", "CloudTrailEncryptsAccountTrail"))))));
        synth(new RegionKeyProps(ALIAS, Optional.empty(), true, null))
                .hasResourceProperties("AWS::KMS::Key", Match.objectLike(trailStatement));
        assertThat(synth(new RegionKeyProps(ALIAS, Optional.empty(), false, null))
                .findResources("AWS::KMS::Key", Match.objectLike(Map.of("Properties", Match.objectLike(trailStatement))))).isEmpty();
    }

    @Test
    void rejectsAnAwsManagedAlias() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RegionKeyProps("alias/aws/s3", Optional.empty(), false, null));
        assertThat(e.getMessage()).isEqualTo("aliasName must start with alias/ and not alias/aws/, got alias/aws/s3");
    }
}
