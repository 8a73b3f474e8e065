package dev.regionstack.app.cli;

import dev.regionstack.guard.DeployRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code deploy} against a deploy record that has stacks the fleet no longer builds: it never deletes them, it names
 * them with the commands that would; a retained environment refuses their DATA LOSS, a small one warns.
 */
class DeployRemovalsTest {
    @TempDir Path dir;

    private Path recorded(String environment, String yaml) throws IOException {
        DeployRecord.of(dir, environment).save(RemovalFleets.before(), RemovalFleets.stacksOf(environment));
        return Files.writeString(dir.resolve("fleet.yaml"), yaml);
    }

    private CliRun deploy(Path fleet, String environment, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("deploy", "-f", fleet.toString(),
                "--env", environment, "--dry-run", "-o", dir.resolve("cdk.out").toString()));
        args.addAll(java.util.List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aSmallEnvironmentWarnsAboutItsDataLossAndRemovedStacksAndGoesOn() throws IOException {
        Path fleet = recorded("dev", RemovalFleets.PROJECT_RENAMED);

        CliRun run = deploy(fleet, "dev");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines()).allMatch(l -> l.startsWith("warning: "));
        assertThat(run.err()).containsPattern("warning: rmtest-dev-eu-west-2-data/\\S+ \\(AWS::DynamoDB::GlobalTable\\) removed: "
                        + "DATA LOSS \\(not blocked: dev does not retain its data\\)")
                .contains("warning: " + RemovalFleets.stacksOf("dev").size() + " stacks are no longer in the fleet; deploy never"
                        + " deletes a stack. After review, delete them, in this order:")
                .containsPattern("warning:   rmtest-dev-eu-west-2-data \\(111111111111, eu-west-2\\): deletes \\d+ stateful resources? \\(DATA LOSS\\)")
                .contains("warning:     aws cloudformation delete-stack --stack-name rmtest-dev-eu-west-2-data --region eu-west-2\n")
                .contains("warning: then stop tracking them: regionstack deploy -f " + fleet + " --env dev --forget rmtest-dev-");
        assertThat(run.out()).contains(" deploy --app ").contains("rmtest2-dev-eu-west-2-data").doesNotContain("rmtest-dev-");
    }

    @Test
    void aDroppedComponentsStacksMustBeDeletedAndForgottenBeforeTheirExportsCanGo() throws IOException {
        Path fleet = recorded("dev", RemovalFleets.DEV_MESSAGING_DROPPED);

        // the deployed messaging stacks import the security stacks' key: CloudFormation would refuse the update
        CliRun refused = deploy(fleet, "dev");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains(", which the deployed rmtest-dev-eu-west-2-messaging still imports;");

        // once they are deleted, --forget leaves them out of the simulation and of the comparison
        CliRun forgotten = deploy(fleet, "dev", "--forget", "rmtest-dev-eu-west-1-messaging,rmtest-dev-eu-west-2-messaging");
        assertThat(forgotten.exitCode()).as(forgotten.err()).isZero();
        assertThat(forgotten.err()).doesNotContain("messaging");
        assertThat(forgotten.out()).contains(" deploy --app ");
        assertThat(DeployRecord.of(dir, "dev").stacks()).as("a dry run forgets nothing").contains("rmtest-dev-eu-west-2-messaging");
    }

    @Test
    void aRetainedEnvironmentRefusesTheDataLossOfRemovedStacksAndSaysHowToRemoveThem() throws IOException {
        Path fleet = recorded("prod", RemovalFleets.PROD_REGION_REMOVED);

        CliRun run = deploy(fleet, "prod");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("refusing to deploy: ")
                .containsPattern("  rmtest-prod-us-west-2-messaging/\\S+ \\(AWS::SQS::Queue\\) removed: DATA LOSS")
                .contains("5 stacks are no longer in the fleet")
                .containsPattern("  rmtest-prod-us-west-2-messaging \\(333333333333, us-west-2\\): deletes 4 stateful resources"
                        + " \\(DATA LOSS\\), leaves 2 stateful resources behind \\(RETAINED\\)")
                .contains("    aws cloudformation delete-stack --stack-name rmtest-prod-us-west-2-network --region us-west-2\n");
        // dependents first: the accepter's routes and the messaging stack before the network and security they use
        String err = run.err();
        assertThat(err.indexOf("delete-stack --stack-name rmtest-prod-us-west-2-peering-routes "))
                .isLessThan(err.indexOf("delete-stack --stack-name rmtest-prod-us-west-2-network "));
        assertThat(err.indexOf("delete-stack --stack-name rmtest-prod-us-west-2-network "))
                .isLessThan(err.indexOf("delete-stack --stack-name rmtest-prod-us-west-2-security "));
        assertThat(run.out()).doesNotContain(" deploy --app ");
    }

    @Test
    void forgottenStacksAreNoLongerCompared() throws IOException {
        Path fleet = recorded("prod", RemovalFleets.PROD_REGION_REMOVED);

        CliRun run = deploy(fleet, "prod", "--forget", "rmtest-prod-us-east-1-peering,rmtest-prod-us-west-2-security,"
                + "rmtest-prod-us-west-2-network,rmtest-prod-us-west-2-peering-routes,rmtest-prod-us-west-2-messaging");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("no longer in the fleet").doesNotContain("DATA LOSS");
        assertThat(run.out()).contains(" deploy --app ");
        assertThat(DeployRecord.of(dir, "prod").stacks()).as("a dry run forgets nothing").contains("rmtest-prod-us-west-2-network");
    }

    @Test
    void forgettingAStackTheFleetStillBuildsOrOneNotRecordedIsAnInvalidArgument() throws IOException {
        Path fleet = recorded("prod", RemovalFleets.PROD_REGION_REMOVED);

        CliRun run = deploy(fleet, "prod", "--forget", "rmtest-prod-us-east-1-network,rmtest-prod-eu-north-1-network");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --forget rmtest-prod-us-east-1-network: the fleet still builds this stack; only a"
                + " stack the fleet no longer has can be forgotten\n"
                + "error: --forget rmtest-prod-eu-north-1-network: not in the deploy record " + DeployRecord.of(dir, "prod").directory() + "\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aRemovedEnvironmentsRecordIsReportedWhenAnotherEnvironmentDeploys() throws IOException {
        DeployRecord.of(dir, "dev").save(RemovalFleets.before(), RemovalFleets.stacksOf("dev"));
        Path fleet = recorded("prod", RemovalFleets.DEV_REMOVED);

        CliRun run = deploy(fleet, "prod");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines()).allMatch(l -> l.startsWith("warning: "));
        assertThat(run.err()).contains("warning: environment dev is no longer in the fleet, but its deploy record lists "
                        + RemovalFleets.stacksOf("dev").size() + " stacks; deploy never deletes a stack. After review, delete them, in this order:")
                .contains("warning:     aws cloudformation delete-stack --stack-name rmtest-dev-eu-west-1-security --region eu-west-1\n")
                .endsWith("warning: then remove its record: rm -r " + DeployRecord.of(dir, "dev").directory() + "\n");
        assertThat(run.out()).contains(" deploy --app ");
    }
}
