package dev.regionstack.app.pipeline;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.LayerSelection;
import dev.regionstack.app.rollout.StackNames;
import dev.regionstack.app.stacks.ImageTags;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.names.PhysicalNames;
import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.SuppressionRule;
import dev.regionstack.platform.images.ImageRepository;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.pipelines.AddStageOpts;
import software.amazon.awscdk.pipelines.CodeBuildStep;
import software.amazon.awscdk.pipelines.CodePipelineSource;
import software.amazon.awscdk.pipelines.StackSteps;
import software.amazon.awscdk.services.codebuild.BuildEnvironment;
import software.amazon.awscdk.services.codebuild.LinuxBuildImage;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;
import software.constructs.IConstruct;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * The pipeline's image build: for every environment with {@code images}, a privileged CodeBuild step (docker) that
 * builds the source's {@code Dockerfile} and pushes it to the environment's repository in its primary region, tagged
 * for the source version ({@link ImageTags}). The step runs after that environment's {@code images} stack and
 * before its {@code app} stacks, which wait for that stack (CDK Pipelines orders a stack's dependants after its
 * post steps). A re-run of the same source finds the tag and builds nothing: tags are immutable, and the image
 * under it was built from the same source. The step ends once ECR reports the image replicated to every other
 * region of the environment, so no region's service starts before its replica has the image.
 *
 * <p>One role, named ({@link PhysicalNames#imageBuildRole}) so that each repository's policy can name it before it
 * exists, pushes to every environment's repository, across accounts: its own policy names exactly those
 * repositories, and each repository's policy lets exactly this role in.
 */
public final class ImageBuild extends Construct implements Guarded {
    private final Fleet fleet;
    private final CodePipelineSource source;
    private final Role role;

    ImageBuild(Construct scope, String id, Fleet fleet, CodePipelineSource source) {
        super(scope, id);
        this.fleet = fleet;
        this.source = source;
        Environment first = fleet.environments().get(0);
        role = Role.Builder.create(this, "Role")
                .roleName(PhysicalNames.imageBuildRole(fleet.project(), first.name()))
                .assumedBy(new ServicePrincipal("codebuild.amazonaws.com"))
                .description("Builds the service's image in the pipeline and pushes it to each environment's repository")
                .build();
        String partition = Stack.of(this).getPartition();
        role.addToPolicy(PolicyStatement.Builder.create().sid("RegistryLogin")
                .actions(List.of("ecr:GetAuthorizationToken")).resources(List.of("*")).build());
        role.addToPolicy(PolicyStatement.Builder.create().sid("PushToTheEnvironmentsRepositories")
                .actions(ImageRepository.PUSH_ACTIONS)
                .resources(withImages(fleet).stream().map(e -> "arn:" + partition + ":ecr:" + e.primary().region() + ":"
                        + e.account() + ":repository/" + PhysicalNames.imageRepository(fleet.project(), e.name())).toList())
                .build());
    }

    /** Whether any environment of the fleet has an image repository to build for. */
    static boolean needed(Fleet fleet) { return !withImages(fleet).isEmpty(); }

    /** The environments whose services run an image of their repository: only those need a Dockerfile built. */
    private static List<Environment> withImages(Fleet fleet) {
        return fleet.environments().stream().filter(ImageBuild::builds).toList();
    }

    private static boolean builds(Environment e) {
        return e.settings().has(Component.IMAGES) && e.deployments().stream()
                .anyMatch(d -> d.settings().has(Component.APP) && d.settings().app().ecrTag().isPresent());
    }

    /**
     * What {@code plan} says after the wave holding {@code stack}, when the pipeline's image step follows it: the
     * step runs once the environment's primary images stack is deployed, before its app stacks.
     */
    public static Optional<String> planNote(Fleet fleet, String stack) {
        if (!LayerSelection.pipeline(fleet)) return Optional.empty();
        return withImages(fleet).stream()
                .filter(e -> StackNames.of(fleet.project(), e.name(), e.primary().region(), Layer.IMAGES).equals(stack))
                .findFirst().map(e -> "pipeline: Image-" + e.name() + " builds the source's Dockerfile and pushes it to "
                        + PhysicalNames.imageRepository(fleet.project(), e.name()) + " in " + e.primary().region()
                        + " (tag per source version), after " + stack + ", before " + e.name() + "'s app stacks");
    }

    /** The synth step's variable: the same source version the image steps tag with. */
    Map<String, String> synthEnv() { return Map.of(ImageTags.SOURCE_VERSION, source.sourceAttribute("VersionId")); }

    /** What the synth step runs first, so that the app's {@code ecr:} services run the tag this run pushes. */
    static String exportTag() { return "export " + ImageTags.VARIABLE + "=" + ImageTags.SHELL; }

    /** The environment's stage options: the image step after its primary images stack, if it has images. */
    Optional<AddStageOpts> stageOptions(Environment e, Stage stage) {
        if (!builds(e)) return Optional.empty();
        String stackName = StackNames.of(fleet.project(), e.name(), e.primary().region(), Layer.IMAGES);
        Stack images = stage.getNode().getChildren().stream().filter(Stack.class::isInstance).map(Stack.class::cast)
                .filter(s -> s.getStackName().equals(stackName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the " + e.name() + " stage has no stack " + stackName));
        return Optional.of(AddStageOpts.builder().stackSteps(List.of(StackSteps.builder()
                .stack(images).post(List.of(step(e))).build())).build());
    }

    private CodeBuildStep step(Environment e) {
        String region = e.primary().region();
        String repository = PhysicalNames.imageRepository(fleet.project(), e.name());
        String registry = e.account() + ".dkr.ecr." + region + ".amazonaws.com";
        String describe = "aws ecr describe-images --region " + region + " --registry-id " + e.account()
                + " --repository-name " + repository + " --image-ids imageTag=\"$TAG\"";
        return CodeBuildStep.Builder.create("Image-" + e.name())
                .input(source)
                .buildEnvironment(BuildEnvironment.builder().buildImage(LinuxBuildImage.STANDARD_7_0).privileged(true).build())
                .role(role)
                .env(new TreeMap<>(Map.of(ImageTags.SOURCE_VERSION, source.sourceAttribute("VersionId"))))
                .commands(List.of(
                        "TAG=" + ImageTags.SHELL,
                        "IMAGE=" + registry + "/" + repository + ":$TAG",
                        "if " + describe + " > /dev/null 2>&1; then echo \"$IMAGE exists (tags are immutable): not built again\"; else"
                                + " aws ecr get-login-password --region " + region + " | docker login --username AWS --password-stdin "
                                + registry + " && docker build -t \"$IMAGE\" . && docker push \"$IMAGE\"; fi",
                        // the other regions' services pull their replica: wait until ECR has replicated the image there
                        "n=0; until [ \"$(aws ecr describe-image-replication-status --region " + region + " --registry-id "
                                + e.account() + " --repository-name " + repository + " --image-id imageTag=\"$TAG\" --query"
                                + " \"length(replicationStatuses[?status!='COMPLETE'])\" --output text)\" = 0 ]; do n=$((n+1));"
                                + " [ $n -lt 90 ] || { echo \"$IMAGE is not replicated to every region after 15 minutes\"; exit 1; }; sleep 10; done"))
                .build();
    }

    IConstruct role() { return role; }

    @Override
    public List<SuppressionRule> suppressions() {
        String policy = "AWS::IAM::Policy";
        return List.of(
                on(policy, "Role/DefaultPolicy/Resource", of("AwsSolutions-IAM5",
                        "The registry login (ecr:GetAuthorizationToken) has no resource-level permissions, so it names Resource *;"
                                + " the push actions name each environment's one repository, and CDK Pipelines adds its build logs and"
                                + " artifact bucket objects.")),
                on(policy, "Role/DefaultPolicy/Resource", of(NIST + "IAMNoInlinePolicy",
                        "The image build role's policy is attached inline to exactly that role.")));
    }
}
