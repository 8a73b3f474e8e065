package dev.regionstack.platform.images;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.ecr.LifecycleRule;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecr.RepositoryEncryption;
import software.amazon.awscdk.services.ecr.TagMutability;
import software.amazon.awscdk.services.ecr.TagStatus;
import software.amazon.awscdk.services.iam.AccountPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * One environment's image repository in one region: scanned on push, immutable tags (a tag names one image for
 * good, so a service's task definition always runs what was built for it), KMS-encrypted with the region's key,
 * untagged images expired after a day and at most {@code keepImages} images kept.
 *
 * <p>The primary region's repository is the one images are pushed to; the other regions hold a repository of the
 * same name, created here before replication writes into it: ECR creates a missing destination repository with
 * none of the source's settings (AES256, mutable tags, no lifecycle, outside CloudFormation), so the replicas are
 * made like the source, each with its own region's key (ECR re-encrypts replicated images with the destination's).
 */
public final class ImageRepository extends Construct {
    /**
     * What a cross-account pusher needs on the repository, besides a token: the docker push sequence, whether a tag
     * is there already, and whether its replicas are complete.
     */
    public static final List<String> PUSH_ACTIONS = List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage",
            "ecr:CompleteLayerUpload", "ecr:DescribeImageReplicationStatus", "ecr:DescribeImages", "ecr:InitiateLayerUpload",
            "ecr:PutImage", "ecr:UploadLayerPart");

    private final Repository repository;

    public ImageRepository(Construct scope, String id, ImageRepositoryProps props) {
        super(scope, id);
        repository = Repository.Builder.create(this, "Repository")
                .repositoryName(props.repositoryName())
                .imageScanOnPush(true)
                .imageTagMutability(TagMutability.IMMUTABLE)
                .encryption(RepositoryEncryption.KMS)
                .encryptionKey(props.key())
                .lifecycleRules(List.of(
                        LifecycleRule.builder().rulePriority(1).description("Expire untagged images after a day")
                                .tagStatus(TagStatus.UNTAGGED).maxImageAge(Duration.days(1)).build(),
                        LifecycleRule.builder().rulePriority(2).description("Keep the newest " + props.keepImages() + " images")
                                .tagStatus(TagStatus.ANY).maxImageCount(props.keepImages()).build()))
                .removalPolicy(props.removalPolicy())
                // CloudFormation cannot delete a repository that holds images; when the data is not kept, empty it
                .emptyOnDelete(props.removalPolicy() == RemovalPolicy.DESTROY ? true : null)
                .build();
        props.pusher().ifPresent(p -> repository.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("PushFromThePipeline")
                .principals(List.of(new AccountPrincipal(p.account())))
                .actions(PUSH_ACTIONS)
                // the account delegates to exactly this role; a condition, so the role need not exist yet
                .conditions(Map.of("ArnEquals", Map.of("aws:PrincipalArn", p.roleArn(Stack.of(this).getPartition()))))
                .build()));
    }

    public IRepository repository() { return repository; }
}
