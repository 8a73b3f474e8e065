package dev.regionstack.app.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regionstack.app.guardrails.GuardrailFleets;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Image delivery on the enterprise fleet (two accounts, three regions each, the pipeline on, {@code ecr:release-1}):
 * the repositories and their replication, what each region's service runs and may pull, the repository policy for
 * the pipeline's build role, and the pipeline's image step between the images stack and the app stacks.
 */
class EnterpriseImagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static GuardrailFleets.Synthesized fleet;
    private static RolloutPlan plan;

    @BeforeAll
    static void synth() {
        fleet = GuardrailFleets.get("enterprise");
        plan = RolloutPlanner.plan(fleet.fleet());
    }

    private static JsonNode template(String stack) throws IOException {
        return JSON.readTree(fleet.result().outdir().resolve(stack + ".template.json").toFile());
    }

    private static List<JsonNode> resources(JsonNode template, String type) {
        List<JsonNode> found = new ArrayList<>();
        template.path("Resources").forEach(r -> { if (r.path("Type").asText().equals(type)) found.add(r); });
        return found;
    }

    private static StackSpec spec(String name) {
        return plan.stacks().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theImagesStackIsInThePrimaryAndTheReplicasBeforeIt() {
        assertThat(plan.stacks()).extracting(StackSpec::name).contains("shopfront-staging-eu-west-1-images",
                "shopfront-staging-eu-central-1-image-replica", "shopfront-staging-eu-west-2-image-replica",
                "shopfront-prod-us-east-1-images").doesNotContain("shopfront-staging-eu-central-1-images");
        assertThat(spec("shopfront-staging-eu-west-1-images").waitsFor()).extracting(StackSpec.Wait::stack)
                .contains("shopfront-staging-eu-west-1-security", "shopfront-staging-eu-central-1-image-replica",
                        "shopfront-staging-eu-west-2-image-replica");
        assertThat(spec("shopfront-staging-eu-central-1-app").waitsFor()).extracting(StackSpec.Wait::stack)
                .contains("shopfront-staging-eu-central-1-image-replica", "shopfront-staging-eu-west-1-images");
    }

    @Test
    void eachAccountsPrimaryRegistryReplicatesItsEnvironmentsRepositoryToItsOtherRegions() throws IOException {
        JsonNode staging = template("shopfront-staging-eu-west-1-images");
        JsonNode repository = resources(staging, "AWS::ECR::Repository").get(0).path("Properties");
        assertThat(repository.path("RepositoryName").asText()).isEqualTo("shopfront-staging/app");
        assertThat(repository.path("ImageTagMutability").asText()).isEqualTo("IMMUTABLE");
        assertThat(repository.path("EncryptionConfiguration").path("EncryptionType").asText()).isEqualTo("KMS");
        JsonNode rules = resources(staging, "AWS::ECR::ReplicationConfiguration").get(0)
                .path("Properties").path("ReplicationConfiguration").path("Rules");
        assertThat(rules).hasSize(1);
        assertThat(rules.get(0).path("RepositoryFilters").get(0).path("Filter").asText()).isEqualTo("shopfront-staging/");
        assertThat(rules.get(0).path("Destinations").toString())
                .isEqualTo("[{\"Region\":\"eu-central-1\",\"RegistryId\":\"616161616161\"},{\"Region\":\"eu-west-2\",\"RegistryId\":\"616161616161\"}]");
        // prod is another account: a registry of its own, its own configuration
        assertThat(resources(template("shopfront-prod-us-east-1-images"), "AWS::ECR::ReplicationConfiguration")).hasSize(1);
        // a replica is the same repository, encrypted with its own region's key, and replicates nothing further
        JsonNode replica = template("shopfront-staging-eu-central-1-image-replica");
        assertThat(resources(replica, "AWS::ECR::Repository").get(0).path("Properties").path("RepositoryName").asText())
                .isEqualTo("shopfront-staging/app");
        assertThat(resources(replica, "AWS::ECR::ReplicationConfiguration")).isEmpty();
        assertThat(replica.toString()).contains("shopfront-staging-eu-central-1-security:").doesNotContain("PushFromThePipeline");
    }

    @Test
    void onlyThePipelinesImageBuildRoleMayPushToAPrimaryRepository() throws IOException {
        String policy = resources(template("shopfront-prod-us-east-1-images"), "AWS::ECR::Repository").get(0)
                .path("Properties").path("RepositoryPolicyText").toString();
        assertThat(policy).contains("ecr:PutImage", ":iam::616161616161:root", ":iam::616161616161:role/shopfront-staging-image-build");
    }

    @Test
    void eachRegionsServiceRunsItsOwnRegionsReplicaAndMayPullOnlyFromIt() throws IOException {
        for (String region : List.of("eu-west-1", "eu-central-1", "eu-west-2")) {
            JsonNode app = template("shopfront-staging-" + region + "-app");
            String containers = resources(app, "AWS::ECS::TaskDefinition").get(0).path("Properties").path("ContainerDefinitions").toString();
            assertThat(containers).as(region).contains("616161616161.dkr.ecr." + region + ".").contains("/shopfront-staging/app:release-1");
            String policies = resources(app, "AWS::IAM::Policy").toString();
            assertThat(policies).as(region).contains(":ecr:" + region + ":616161616161:repository/shopfront-staging/app")
                    .doesNotContainPattern(":ecr:(?!" + region + ")[a-z0-9-]+:\\d+:repository/");
        }
    }

    @Test
    void thePipelineBuildsTheImageAfterTheImagesStackAndBeforeTheApps() throws IOException {
        String pipelineStack = plan.stacks().stream().filter(s -> s.name().endsWith("-pipeline")).findFirst().orElseThrow().name();
        JsonNode pipeline = resources(template(pipelineStack), "AWS::CodePipeline::Pipeline").get(0).path("Properties");
        for (String env : List.of("staging", "prod")) {
            String primary = "shopfront-" + env + "-" + (env.equals("staging") ? "eu-west-1" : "us-east-1");
            // CDK Pipelines splits a large environment over stages <env>.1, <env>.2, ...: order by stage, then run order
            int images = -1, step = -1, firstApp = Integer.MAX_VALUE, index = 0;
            for (JsonNode stage : pipeline.path("Stages")) {
                index++;
                if (!stage.path("Name").asText().equals(env) && !stage.path("Name").asText().startsWith(env + ".")) continue;
                for (JsonNode a : stage.path("Actions")) {
                    String name = a.path("Name").asText();
                    int order = index * 1000 + a.path("RunOrder").asInt();
                    if (name.equals(primary + "-images.Deploy")) images = order;
                    if (name.equals(primary + "-images.Image-" + env)) step = order;
                    if (name.endsWith("-app.Prepare")) firstApp = Math.min(firstApp, order);
                }
            }
            assertThat(images).as(env + " images deploy").isPositive();
            assertThat(step).as(env + " image step").isGreaterThan(images).isLessThan(firstApp);
        }
        JsonNode template = template(pipelineStack);
        assertThat(resources(template, "AWS::CodeBuild::Project").stream()
                .filter(p -> p.path("Properties").path("Environment").path("PrivilegedMode").asBoolean())).hasSize(2);
        // the Control Tower acceptance of privileged builds names these projects only (accepted-control-tower-findings.txt)
        template.path("Resources").properties().forEach(e -> {
            if (e.getValue().path("Type").asText().equals("AWS::CodeBuild::Project")
                    && e.getValue().path("Properties").path("Environment").path("PrivilegedMode").asBoolean()) {
                assertThat(e.getKey()).as("a privileged project").matches("Pipeline.*Image.*");
            }
        });
        assertThat(resources(template, "AWS::IAM::Role").toString()).contains("shopfront-staging-image-build");
    }
}
