package dev.regionstack.platform.images;

import dev.regionstack.platform.TestStacks;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.kms.IKey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ImageRepositoryTest {
    private static Template synth(RemovalPolicy removal, Optional<ImageRepositoryProps.Pusher> pusher) {
        Stack stack = TestStacks.stack();
        IKey key = TestStacks.key(stack);
        new ImageRepository(stack, "Images", new ImageRepositoryProps("acme-prod/app", key, 0, pusher, removal));
        return Template.fromStack(stack);
    }

    @Test
    void scannedOnPushWithImmutableTagsAndTheRegionsKey() {
        synth(RemovalPolicy.RETAIN, Optional.empty()).hasResourceProperties("AWS::ECR::Repository", Match.objectLike(Map.of(
                "RepositoryName", "acme-prod/app",
                "ImageScanningConfiguration", Map.of("ScanOnPush", true),
                "ImageTagMutability", "IMMUTABLE",
                "EncryptionConfiguration", Map.of("EncryptionType", "KMS",
                        "KmsKey", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("RegionKey.*"), "Arn"))))));
    }

    @Test
    void untaggedImagesExpireAndOnlyTheNewestAreKept() {
        Map<?, ?> repository = (Map<?, ?>) synth(RemovalPolicy.RETAIN, Optional.empty())
                .findResources("AWS::ECR::Repository").values().iterator().next();
        String policy = (String) ((Map<?, ?>) ((Map<?, ?>) repository.get("Properties")).get("LifecyclePolicy")).get("LifecyclePolicyText");
        assertThat(policy).contains("\"tagStatus\":\"untagged\"", "\"countType\":\"sinceImagePushed\"", "\"countNumber\":1")
                .contains("\"tagStatus\":\"any\"", "\"countType\":\"imageCountMoreThan\"",
                        "\"countNumber\":" + ImageRepositoryProps.DEFAULT_KEEP_IMAGES);
    }

    @Test
    void retainedWithItsImagesOrEmptiedAndDeleted() {
        Template kept = synth(RemovalPolicy.RETAIN, Optional.empty());
        kept.hasResource("AWS::ECR::Repository", Match.objectLike(Map.of("DeletionPolicy", "Retain")));
        kept.hasResourceProperties("AWS::ECR::Repository", Match.objectLike(Map.of("EmptyOnDelete", Match.absent())));
        Template dropped = synth(RemovalPolicy.DESTROY, Optional.empty());
        dropped.hasResource("AWS::ECR::Repository", Match.objectLike(Map.of("DeletionPolicy", "Delete")));
        dropped.hasResourceProperties("AWS::ECR::Repository", Match.objectLike(Map.of("EmptyOnDelete", true)));
    }

    @Test
    void onlyThePipelinesNamedRoleMayPushAcrossAccounts() {
        synth(RemovalPolicy.RETAIN, Optional.empty()).hasResourceProperties("AWS::ECR::Repository",
                Match.objectLike(Map.of("RepositoryPolicyText", Match.absent())));
        synth(RemovalPolicy.RETAIN, Optional.of(new ImageRepositoryProps.Pusher("222222222222", "acme-dev-image-build")))
                .hasResourceProperties("AWS::ECR::Repository", Match.objectLike(Map.of("RepositoryPolicyText", Map.of(
                        "Version", "2012-10-17",
                        "Statement", List.of(Map.of(
                                "Sid", "PushFromThePipeline",
                                "Effect", "Allow",
                                "Principal", Map.of("AWS", Map.of("Fn::Join", List.of("", List.of("arn:",
                                        Map.of("Ref", "AWS::Partition"), ":iam::222222222222:root")))),
                                "Action", ImageRepository.PUSH_ACTIONS,
                                "Condition", Map.of("ArnEquals", Map.of("aws:PrincipalArn", Map.of("Fn::Join", List.of("", List.of(
                                        "arn:", Map.of("Ref", "AWS::Partition"), ":iam::222222222222:role/acme-dev-image-build")))))))))));
    }

    @Test
    void replicationHasARulePerEnvironmentFilteredByItsPrefix() {
        Stack stack = TestStacks.stack();
        new RegistryReplication(stack, "Replication", new RegistryReplicationProps(List.of(
                new RegistryReplicationProps.Rule("acme-prod/", "111111111111", List.of("us-east-1", "eu-central-1")),
                new RegistryReplicationProps.Rule("acme-qa/", "111111111111", List.of("us-west-2")))));
        Template t = Template.fromStack(stack);
        t.resourceCountIs("AWS::ECR::ReplicationConfiguration", 1);
        t.hasResourceProperties("AWS::ECR::ReplicationConfiguration", Map.of("ReplicationConfiguration", Map.of("Rules", List.of(
                Map.of("Destinations", List.of(Map.of("Region", "us-east-1", "RegistryId", "111111111111"),
                                Map.of("Region", "eu-central-1", "RegistryId", "111111111111")),
                        "RepositoryFilters", List.of(Map.of("Filter", "acme-prod/", "FilterType", "PREFIX_MATCH"))),
                Map.of("Destinations", List.of(Map.of("Region", "us-west-2", "RegistryId", "111111111111")),
                        "RepositoryFilters", List.of(Map.of("Filter", "acme-qa/", "FilterType", "PREFIX_MATCH")))))));
    }

    @Test
    void aRegistryHoldsAtMostTenRules() {
        List<RegistryReplicationProps.Rule> eleven = java.util.stream.IntStream.range(0, 11)
                .mapToObj(i -> new RegistryReplicationProps.Rule("acme-e" + i + "/", "111111111111", List.of("us-east-1"))).toList();
        assertThrows(IllegalArgumentException.class, () -> new RegistryReplicationProps(eleven));
        assertThrows(IllegalArgumentException.class, () -> new RegistryReplicationProps(List.of()));
    }
}
