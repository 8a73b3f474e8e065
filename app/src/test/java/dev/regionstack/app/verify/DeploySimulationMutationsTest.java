package dev.regionstack.app.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.regionstack.app.guardrails.GuardrailFleets;
import dev.regionstack.verify.Problem;
import dev.regionstack.verify.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One mutation per check of the deploy simulation, on the synthesized example fleet: each breaks one thing a real
 * deploy or the running platform needs, and verify must report exactly that, in one line.
 */
class DeploySimulationMutationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    /** The problems verify reports on the mutated copy of the example assembly that it did not report on the original. */
    private List<String> newProblems(String stack, Consumer<ObjectNode> mutation) {
        Path original = GuardrailFleets.get("example").result().outdir();
        Path copy = AssemblyCopy.of(original, dir.resolve("mutated"));
        Path template = copy.resolve(stack + ".template.json");
        try {
            ObjectNode json = (ObjectNode) JSON.readTree(template.toFile());
            mutation.accept(json);
            JSON.writeValue(template.toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> before = Verifier.verify(original).lines();
        List<String> after = new ArrayList<>(Verifier.verify(copy).problems().stream().map(Problem::line).toList());
        after.removeAll(before);
        return after;
    }

    private static ObjectNode resources(ObjectNode template) { return (ObjectNode) template.get("Resources"); }

    @Test
    void aDroppedExportFailsEveryImporter() {
        List<String> problems = newProblems("acme-dev-eu-west-1-security", t -> ((ObjectNode) t.get("Outputs")).properties()
                .removeIf(e -> e.getValue().has("Export")));
        // every importer of the key fails; what used the key through them fails after (the key is no longer found)
        List<String> imports = problems.stream().filter(line -> line.contains(": imports ")).toList();
        assertThat(imports).hasSizeGreaterThan(10).allSatisfy(line -> assertThat(line)
                .matches("error: acme-dev-eu-west-1-[a-z]+/[A-Za-z0-9]+: imports acme-dev-eu-west-1-security:ExportsOutputFnGetAttKey961B73FDArn5A860C43,"
                        + " which no stack of 111111111111/eu-west-1 exports; export it from a stack of the same account and region,"
                        + " or read the value by name or from SSM"));
    }

    @Test
    void anEmptiedStackFails() {
        List<String> problems = newProblems("acme-dev-eu-west-1-observability", t -> resources(t).removeAll());
        assertThat(problems).containsExactly("error: acme-dev-eu-west-1-observability/Resources: the template has no resources,"
                + " so CloudFormation refuses it and the CDK CLI skips the stack; do not create the stack when it has nothing of its"
                + " own, and move anything others read from it to its producer");
    }

    @Test
    void aRemovedIngressRuleBreaksThePathItServed() {
        List<String> problems = newProblems("acme-prod-us-east-1-app", t -> {
            ArrayNode ingress = (ArrayNode) resources(t).get("ServiceLoadBalancerSecurityGroup2552BF12").path("Properties").path("SecurityGroupIngress");
            ingress.remove(0); // 443 from anywhere
        });
        assertThat(problems).contains("error: acme-prod-us-east-1-app/ServiceLoadBalancer31A7DB79: the internet reaches the load"
                + " balancer's listener, but no security group of acme-prod-us-east-1-app/ServiceLoadBalancer31A7DB79 admits the"
                + " internet on TCP 443; add the ingress rule (source the internet, port 443)");
        assertThat(problems).allSatisfy(line -> assertThat(line).contains("on TCP 443"));
    }

    @Test
    void aRuleNoIntendedPathUsesFails() {
        List<String> problems = newProblems("acme-prod-us-east-1-app", t -> ((ArrayNode) resources(t).get("ServiceLoadBalancerSecurityGroup2552BF12")
                .path("Properties").path("SecurityGroupIngress")).addObject()
                .put("CidrIp", "0.0.0.0/0").put("IpProtocol", "tcp").put("FromPort", 22).put("ToPort", 22));
        assertThat(problems).containsExactly("error: acme-prod-us-east-1-app/ServiceLoadBalancerSecurityGroup2552BF12: the ingress"
                + " rule 5 of acme-prod-us-east-1-app/ServiceLoadBalancerSecurityGroup2552BF12 admits tcp 22 from 0.0.0.0/0, which no"
                + " path the platform intends uses; remove the rule, or narrow it to the intended source and port");
    }

    @Test
    void aRemovedIamStatementFailsThePathThatNeedsIt() {
        List<String> problems = newProblems("acme-dev-eu-west-1-api", t -> resources(t).properties().forEach(e -> {
            if (!e.getKey().startsWith("CreditsApiGetCreditsRoleDefaultPolicy")) return;
            ArrayNode statements = (ArrayNode) e.getValue().path("Properties").path("PolicyDocument").path("Statement");
            for (int i = statements.size() - 1; i >= 0; i--) {
                if (statements.get(i).path("Action").toString().contains("dynamodb:")) statements.remove(i);
            }
        }));
        assertThat(problems).containsExactly(
                "error: acme-dev-eu-west-1-api/CreditsApiGetCredits95670011: the function acme-dev-get-credits reads the table"
                        + " acme-dev-main, but the role acme-dev-eu-west-1-api/CreditsApiGetCreditsRole7C23E43E may not dynamodb:GetItem"
                        + " on arn:aws:dynamodb:eu-west-1:111111111111:table/acme-dev-main; grant it in the role's policy",
                "error: acme-dev-eu-west-1-api/CreditsApiGetCredits95670011: the function acme-dev-get-credits reads the table"
                        + " acme-dev-main, but the role acme-dev-eu-west-1-api/CreditsApiGetCreditsRole7C23E43E may not dynamodb:Query"
                        + " on arn:aws:dynamodb:eu-west-1:111111111111:table/acme-dev-main; grant it in the role's policy");
    }

    @Test
    void aNameOverAwsLimitFails() {
        String name = "acme-dev-eu-west-1-111111111111-data-and-then-some-more-letterss";
        List<String> problems = newProblems("acme-dev-eu-west-1-security", t -> ((ObjectNode) resources(t).get("DataBucketB1A7365C")
                .path("Properties")).put("BucketName", name));
        assertThat(problems).contains("error: acme-dev-eu-west-1-security/DataBucketB1A7365C: BucketName " + name + ": it is 64"
                + " characters, 1 over S3's 63; shorten the project or environment name in the fleet file");
    }

    @Test
    void aReadOfAParameterNobodyWritesFails() {
        List<String> problems = newProblems("acme-prod-us-east-1-app", t -> resources(t).properties()
                .removeIf(e -> e.getKey().startsWith("AlbArnParameter")));
        assertThat(problems).contains("error: acme-prod-global-accelerator/AlbArnuseast1573F7865: reads the SSM parameter"
                + " /acme/prod/us-east-1/app/alb-arn in us-east-1, which no stack of 333333333333/us-east-1 writes; write it in the"
                + " producing stack, or stop reading it");
    }
}
