package dev.regionstack.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BootstrapPlannerTest {
    private static final BootstrapTarget DEV_LONDON = new BootstrapTarget("111111111111", "eu-west-2");
    private static final BootstrapTarget DEV_VIRGINIA = new BootstrapTarget("111111111111", "us-east-1");
    private static final BootstrapTarget PROD_LONDON = new BootstrapTarget("222222222222", "eu-west-2");

    @TempDir
    Path tmp;
    private final StringWriter output = new StringWriter();

    private BootstrapPlanner planner(RecordingCdk cdk, Map<String, String> profiles, String pipelineAccount) {
        return new BootstrapPlanner(cdk.cli(), new CdkSettings(profiles, null, cdk.environment(), null), pipelineAccount,
                null, new PrintWriter(output));
    }

    @Test
    void printsOneCommandPerEnvironmentTrustingThePipelineAccount() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).awsConfig("[profile prod-admin]\n");
        String bin = cdk.bin.resolve("cdk").toString();

        RunResult result = planner(cdk, Map.of("222222222222", "prod-admin"), "333333333333")
                .print(List.of(DEV_LONDON, DEV_VIRGINIA, PROD_LONDON, DEV_LONDON));

        assertThat(output.toString()).isEqualTo(String.join("\n",
                bin + " bootstrap aws://111111111111/eu-west-2 --trust 333333333333"
                        + " --cloudformation-execution-policies arn:aws:iam::aws:policy/AdministratorAccess",
                bin + " bootstrap aws://111111111111/us-east-1 --trust 333333333333"
                        + " --cloudformation-execution-policies arn:aws:iam::aws:policy/AdministratorAccess",
                bin + " bootstrap aws://222222222222/eu-west-2 --trust 333333333333"
                        + " --cloudformation-execution-policies arn:aws:iam::aws:policy/AdministratorAccess --profile prod-admin",
                ""));
        assertThat(result.notAttempted()).containsExactly("aws://111111111111/eu-west-2", "aws://111111111111/us-east-1",
                "aws://222222222222/eu-west-2");
        assertThat(cdk.calls()).isEmpty();
    }

    @Test
    void thePipelinesOwnAccountTrustsNoOtherAccount() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp);

        List<String> command = planner(cdk, Map.of(), "111111111111").command(DEV_LONDON);

        assertThat(command.subList(1, command.size())).containsExactly("bootstrap", "aws://111111111111/eu-west-2",
                "--cloudformation-execution-policies", "arn:aws:iam::aws:policy/AdministratorAccess");
    }

    @Test
    void theDefaultExecutionPolicyUsesTheRegionsPartition() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp);

        List<String> command = planner(cdk, Map.of(), null).command(new BootstrapTarget("111111111111", "cn-north-1"));

        assertThat(command).endsWith("--cloudformation-execution-policies", "arn:aws-cn:iam::aws:policy/AdministratorAccess");
    }

    @Test
    void explicitExecutionPoliciesReplaceTheDefault() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp);
        BootstrapPlanner planner = new BootstrapPlanner(cdk.cli(), new CdkSettings(null, null, cdk.environment(), null),
                "333333333333", List.of("arn:aws:iam::111111111111:policy/a", "arn:aws:iam::111111111111:policy/b"),
                new PrintWriter(output));

        List<String> command = planner.command(DEV_LONDON);

        assertThat(command.subList(3, command.size())).containsExactly("--trust", "333333333333",
                "--cloudformation-execution-policies", "arn:aws:iam::111111111111:policy/a",
                "--cloudformation-execution-policies", "arn:aws:iam::111111111111:policy/b");
    }

    @Test
    void runBootstrapsInOrderAndStopsAtTheFirstFailure() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp).sleepSeconds(0).exitWith("aws://111111111111/us-east-1", 1);

        RunResult result = planner(cdk, Map.of(), "333333333333").run(List.of(DEV_LONDON, DEV_VIRGINIA, PROD_LONDON));

        assertThat(cdk.calls()).extracting(c -> c.args().get(1))
                .containsExactly("aws://111111111111/eu-west-2", "aws://111111111111/us-east-1");
        assertThat(result).isEqualTo(new RunResult(List.of("aws://111111111111/eu-west-2"),
                List.of("aws://111111111111/us-east-1"), List.of("aws://222222222222/eu-west-2")));
        assertThat(output.toString().lines()).contains("[aws://111111111111/us-east-1] FAILED: cdk bootstrap exited with 1",
                "not attempted (1): aws://222222222222/eu-west-2");
    }

    @Test
    void aMissingProfileFailsBeforeAnythingRuns() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp);

        assertThatThrownBy(() -> planner(cdk, Map.of("222222222222", "prod-admin"), null).run(List.of(DEV_LONDON, PROD_LONDON)))
                .isInstanceOf(RolloutException.class)
                .hasMessageStartingWith("AWS profile \"prod-admin\" for account 222222222222 (given for the account) is in neither ");
        assertThat(cdk.calls()).isEmpty();
    }

    @Test
    void aPipelineAccountMustBeTwelveDigits() throws IOException {
        RecordingCdk cdk = RecordingCdk.in(tmp);

        assertThatThrownBy(() -> planner(cdk, Map.of(), "pipeline"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the pipeline account must be 12 digits, got pipeline");
    }
}
