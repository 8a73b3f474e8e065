package dev.regionstack.app.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regionstack.app.TestFleets;
import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.app.rollout.Wave;
import dev.regionstack.app.synth.FleetSynthesizer;
import dev.regionstack.deploy.CdkCli;
import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.cxapi.CloudFormationStackArtifact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The pipeline stack as the synth command writes it, for a 2 environments × 2 regions fleet. */
class PipelineStackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PIPELINE = "demo-staging-eu-west-2-pipeline";

    @TempDir static Path out;
    static RolloutPlan plan;
    static CloudAssembly assembly;
    static JsonNode template;

    @BeforeAll
    static void synth() throws IOException {
        Fleet fleet = TestFleets.parse(PipelineFleets.WITH_PIPELINE);
        plan = RolloutPlanner.plan(fleet);
        FleetSynthesizer.synth(fleet, plan, out, line -> { });
        assembly = new CloudAssembly(out.toString());
        template = JSON.readTree(Path.of(assembly.getStackByName(PIPELINE).getTemplateFullPath()).toFile());
    }

    private static Template assertions() {
        return Template.fromJSON(JSON.convertValue(template, Map.class));
    }

    private static JsonNode codePipeline() {
        for (JsonNode r : template.path("Resources")) {
            if (r.path("Type").asText().equals("AWS::CodePipeline::Pipeline")) return r.path("Properties");
        }
        throw new AssertionError("no pipeline in " + PIPELINE);
    }

    private static JsonNode pipelineStage(String name) {
        for (JsonNode s : codePipeline().path("Stages")) if (s.path("Name").asText().equals(name)) return s;
        throw new AssertionError("no pipeline stage " + name);
    }

    private static List<JsonNode> actions(String provider) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode s : codePipeline().path("Stages")) {
            for (JsonNode a : s.path("Actions")) {
                if (a.path("ActionTypeId").path("Provider").asText().equals(provider)) found.add(a);
            }
        }
        return found;
    }

    @Test
    void pipelineStackIsInTheFirstEnvironmentsAccountAndPrimaryRegion() {
        CloudFormationStackArtifact stack = assembly.getStackByName(PIPELINE);
        assertThat(stack.getEnvironment().getAccount()).isEqualTo("111111111111");
        assertThat(stack.getEnvironment().getRegion()).isEqualTo("eu-west-2");
    }

    @Test
    void theAppHoldsExactlyThePlannedStacksAndNoSupportStackOfCdks() {
        assertThat(assembly.getStacks()).extracting(CloudFormationStackArtifact::getStackName)
                .containsExactlyInAnyOrderElementsOf(plan.stacks().stream().map(StackSpec::name).toList());
        for (StackSpec s : plan.stacks()) {
            CloudFormationStackArtifact stack = assembly.getStackByName(s.name());
            assertThat(stack.getEnvironment().getAccount() + "/" + stack.getEnvironment().getRegion()).as(s.name())
                    .isEqualTo(s.account() + "/" + s.region());
        }
    }

    @Test
    void oneWavePerEnvironmentInFileOrderAfterSourceSynthAndSelfMutation() {
        List<String> names = new ArrayList<>();
        codePipeline().path("Stages").forEach(s -> names.add(s.path("Name").asText()));
        assertThat(names).containsExactly("Source", "Build", "UpdatePipeline", "Assets", "staging", "prod");
    }

    @Test
    void deployActionsRunInTheSameWavesAsDeploy() {
        for (String env : List.of("staging", "prod")) {
            // stacks whose Deploy action shares a run order, in run order
            Map<Integer, Set<String>> byRunOrder = new TreeMap<>();
            for (JsonNode a : pipelineStage(env).path("Actions")) {
                if (a.path("Name").asText().endsWith(".Deploy")) {
                    byRunOrder.computeIfAbsent(a.path("RunOrder").asInt(), k -> new HashSet<>())
                            .add(a.path("Configuration").path("StackName").asText());
                }
            }
            List<Set<String>> expected = plan.waves().stream().filter(w -> w.environment().equals(env))
                    .map(w -> (Set<String>) new HashSet<>(w.stacks().stream().filter(s -> !pipelineLayer(plan.stack(s))).toList()))
                    .filter(s -> !s.isEmpty()).toList();
            assertThat(new ArrayList<>(byRunOrder.values())).as(env).isEqualTo(expected);
        }
    }

    @Test
    void manualApprovalRunsFirstInTheManualEnvironmentOnly() {
        List<JsonNode> approvals = actions("Manual");
        assertThat(approvals).extracting(a -> a.path("Name").asText()).containsExactly("Approve-prod");
        JsonNode first = pipelineStage("prod").path("Actions").get(0);
        assertThat(first.path("Name").asText()).isEqualTo("Approve-prod");
        assertThat(first.path("RunOrder").asInt()).isEqualTo(1);
        assertThat(plan.waves()).filteredOn(Wave::approvalBefore).extracting(Wave::environment).containsExactly("prod");
    }

    @Test
    void everyDeployActionAssumesTheBootstrapRoleOfItsStacksAccountAndRegion() {
        List<StackSpec> fleetStacks = plan.stacks().stream().filter(s -> !pipelineLayer(s)).toList();
        assertThat(actions("CloudFormation").stream().filter(a -> a.path("Name").asText().endsWith(".Deploy")))
                .hasSize(fleetStacks.size());
        for (JsonNode a : actions("CloudFormation")) {
            StackSpec spec = plan.stack(a.path("Configuration").path("StackName").asText());
            // no Region means the pipeline's own region
            assertThat(a.path("Region").asText("eu-west-2")).as(spec.name()).isEqualTo(spec.region());
            assertThat(a.path("RoleArn").toString()).as(spec.name())
                    .contains(":iam::" + spec.account() + ":role/cdk-hnb659fds-deploy-role-" + spec.account() + "-" + spec.region());
        }
    }

    @Test
    void eachEnvironmentsAssemblyHoldsItsPlannedStacksUnderTheirPlannedNames() {
        for (String env : List.of("staging", "prod")) {
            CloudAssembly staged = new CloudAssembly(out.resolve("pipeline-" + env).toString());
            assertThat(staged.getStacks()).extracting(CloudFormationStackArtifact::getStackName).as(env)
                    .containsExactlyInAnyOrderElementsOf(plan.stacks().stream()
                            .filter(s -> s.environment().equals(env) && !pipelineLayer(s))
                            .map(StackSpec::name).toList());
        }
    }

    @Test
    void everyStackIsDeployedFromATemplateByteForByteEqualToTheApps() throws IOException {
        List<JsonNode> prepares = actions("CloudFormation").stream()
                .filter(a -> a.path("Name").asText().endsWith(".Prepare")).toList();
        assertThat(prepares).hasSize((int) plan.stacks().stream().filter(s -> !pipelineLayer(s)).count());
        for (JsonNode a : prepares) {
            String templatePath = a.path("Configuration").path("TemplatePath").asText();
            assertThat(templatePath).startsWith("Synth_Output::");
            byte[] deployed = Files.readAllBytes(out.resolve(templatePath.substring("Synth_Output::".length())));
            String stackName = a.path("Configuration").path("StackName").asText();
            byte[] app = Files.readAllBytes(Path.of(assembly.getStackByName(stackName).getTemplateFullPath()));
            assertThat(deployed).as(stackName).isEqualTo(app);
        }
    }

    @Test
    void sourceIsAVersionedKmsEncryptedBucketWhoseUploadStartsThePipeline() {
        Template t = assertions();
        t.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(Match.objectLike(Map.of(
                        "ServerSideEncryptionByDefault", Match.objectLike(Map.of("SSEAlgorithm", "aws:kms")))))))));
        t.hasResourceProperties("AWS::Events::Rule", Match.objectLike(Map.of("EventPattern", Match.objectLike(Map.of(
                "detail-type", List.of("Object Created"),
                "detail", Match.objectLike(Map.of("object", Map.of("key", List.of("source.zip")))))))));
        JsonNode source = pipelineStage("Source").path("Actions").get(0);
        assertThat(source.path("Configuration").path("S3ObjectKey").asText()).isEqualTo("source.zip");
        assertThat(source.path("Configuration").path("PollForSourceChanges").asBoolean(true)).isFalse();
    }

    @Test
    void synthBuildsTheRepositoryAndRunsTheCdkAppOnJava17AndNode20() {
        assertions().hasResourceProperties("AWS::CodeBuild::Project", Match.objectLike(Map.of(
                "Environment", Match.objectLike(Map.of("Image", "aws/codebuild/standard:7.0")),
                "Source", Match.objectLike(Map.of("BuildSpec", Match.serializedJson(Match.objectLike(Map.of(
                        "phases", Match.objectLike(Map.of(
                                "install", Map.of("runtime-versions", Map.of("java", "corretto17", "nodejs", "20")),
                                "build", Map.of("commands", List.of("mvn -B -q package -DskipTests",
                                        "CDK_OUTDIR=cdk.out ./regionstack cdk-app -f fleet.yaml"))))))))))));
    }

    @Test
    void artifactStoreInAnotherRegionLetsTheTargetAccountsDeployRoleDecrypt() throws IOException {
        Template t = Template.fromJSON(JSON.readValue(
                Path.of(assembly.getStackByName("demo-staging-us-east-1-pipeline-artifacts").getTemplateFullPath()).toFile(), Map.class));
        Map<String, Object> deployRole = Map.of("AWS", Map.of("Fn::Join", List.of("", List.of("arn:",
                Map.of("Ref", "AWS::Partition"), ":iam::222222222222:role/cdk-hnb659fds-deploy-role-222222222222-us-east-1"))));
        Object decrypt = Match.objectLike(Map.of("Action", List.of("kms:Decrypt", "kms:DescribeKey"), "Principal", deployRole));
        t.hasResourceProperties("AWS::KMS::Key", Match.objectLike(Map.of("KeyPolicy",
                Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(decrypt)))))));
        t.hasResourceProperties("AWS::KMS::Alias", Map.of("AliasName", "alias/demo-staging-us-east-1-pipeline-artifacts",
                "TargetKeyId", Match.anyValue()));
        // small sizing: data is not retained
        t.hasResource("AWS::S3::Bucket", Match.objectLike(Map.of("DeletionPolicy", "Delete")));
    }

    @Test
    void pipelineStoresArtifactsForEachOtherRegionInThatRegionsArtifactBucket() throws IOException {
        JsonNode artifacts = JSON.readTree(Path.of(assembly.getStackByName("demo-staging-us-east-1-pipeline-artifacts")
                .getTemplateFullPath()).toFile());
        String bucketName = null;
        for (JsonNode r : artifacts.path("Resources")) {
            if (r.path("Type").asText().equals("AWS::S3::Bucket")) bucketName = r.path("Properties").path("BucketName").asText();
        }
        List<String> regions = new ArrayList<>();
        String location = null;
        for (JsonNode store : codePipeline().path("ArtifactStores")) {
            regions.add(store.path("Region").asText());
            if (store.path("Region").asText().equals("us-east-1")) location = store.path("ArtifactStore").path("Location").asText();
        }
        assertThat(regions).containsExactly("eu-west-1", "us-east-1", "us-west-2", "eu-west-2");
        assertThat(location).isEqualTo(bucketName).startsWith("demo-staging-us-east-1-");
    }

    @Test
    void selfMutationDeploysThePipelineWithThePinnedCdkCli() {
        assertions().hasResourceProperties("AWS::CodeBuild::Project", Match.objectLike(Map.of(
                "Source", Match.objectLike(Map.of("BuildSpec", Match.serializedJson(Match.objectLike(Map.of(
                        "phases", Map.of(
                                "install", Map.of("commands", List.of("npm install -g aws-cdk@" + CdkCli.PINNED_VERSION)),
                                "build", Map.of("commands", List.of(
                                        "cdk -a . deploy " + PIPELINE + " --require-approval=never --verbose")))))))))));
    }

    @Test
    void artifactsAreEncryptedWithARotatedKeyForCrossAccountDeploys() {
        assertThat(codePipeline().path("ArtifactStores")).allSatisfy(store ->
                assertThat(store.path("ArtifactStore").path("EncryptionKey").path("Type").asText()).isEqualTo("KMS"));
        // the artifact key, the source key and the build-logs key: all rotated
        assertions().resourcePropertiesCountIs("AWS::KMS::Key", Map.of("EnableKeyRotation", true), 3);
    }

    @Test
    void everyBuildProjectLogsToTheEncryptedBuildLogGroup() {
        assertions().hasResourceProperties("AWS::Logs::LogGroup", software.amazon.awscdk.assertions.Match.objectLike(
                Map.of("KmsKeyId", software.amazon.awscdk.assertions.Match.anyValue())));
        assertions().allResourcesProperties("AWS::CodeBuild::Project", software.amazon.awscdk.assertions.Match.objectLike(
                Map.of("LogsConfig", Map.of("CloudWatchLogs", software.amazon.awscdk.assertions.Match.objectLike(
                        Map.of("Status", "ENABLED", "GroupName", Map.of("Ref", software.amazon.awscdk.assertions.Match.stringLikeRegexp("BuildLogs.*"))))))));
    }

    private static boolean pipelineLayer(StackSpec s) {
        return s.layer() == Layer.PIPELINE || s.layer() == Layer.PIPELINE_ARTIFACTS;
    }
}
