package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.AuroraEngine;
import dev.regionstack.fleet.model.Consistency;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Sizing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app layer reaches its region's Aurora cluster and nothing else does: the region's security, network, data and
 * app stacks built in one app as the assembler builds them (primary eu-west-2, secondary eu-west-1).
 */
class AppStackAuroraTest {
    private static final List<String> REGIONS = List.of("eu-west-2", "eu-west-1");
    private static final int PRIMARY = 0;
    private static final int SECONDARY = 1;

    private record Built(RegionStacks region, Template app, Template data) {}

    private static Built build(Optional<AuroraEngine> engine, int index) {
        App app = TestDeployments.app();
        Deployment d = TestDeployments.environment(Sizing.SMALL, REGIONS, engine, Consistency.EVENTUAL).get(index);
        RegionStacks region = RegionStacks.build(app, d);
        AppStack stack = new AppStack(app, d.project() + "-" + d.environment() + "-" + d.region() + "-app",
                TestDeployments.props(d), d, Optional.empty(), region.network().vpc(), region.security().key(),
                Optional.ofNullable(region.data()).flatMap(DataStack::aurora));
        app.synth(); // a dependency cycle between the data and app stacks would fail here
        return new Built(region, Template.fromStack(stack), region.data() == null ? null : Template.fromStack(region.data()));
    }

    private static Built build(AuroraEngine engine, int index) { return build(Optional.of(engine), index); }

    private static Object appContainer(String property, Object value) {
        return Match.objectLike(Map.of("ContainerDefinitions", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Name", "app", property, value))))));
    }

    private static Object imported(String stack, String export) {
        return Map.of("Fn::ImportValue", Match.stringLikeRegexp(stack + ":ExportsOutput" + export));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"POSTGRES, 5432", "MYSQL, 3306"})
    void auroraAdmitsTheServiceTasksOnTheEnginesPort(AuroraEngine engine, int port) {
        build(engine, PRIMARY).app().hasResourceProperties("AWS::EC2::SecurityGroupIngress", Map.of(
                "GroupId", imported("acme-prod-eu-west-2-data", "FnGetAttAuroraSecurityGroup.*GroupId.*"),
                "SourceSecurityGroupId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("ServiceServiceSecurityGroup.*"), "GroupId")),
                "IpProtocol", "tcp", "FromPort", port, "ToPort", port,
                "Description", Match.anyValue()));
    }

    @Test
    void auroraAdmitsNothingElse() {
        Built built = build(AuroraEngine.POSTGRES, PRIMARY);
        assertThat(built.app().findResources("AWS::EC2::SecurityGroupIngress", Match.objectLike(Map.of(
                "Properties", Match.objectLike(Map.of("GroupId", imported("acme-prod-eu-west-2-data", ".*")))))))
                .hasSize(1);
        built.data().resourceCountIs("AWS::EC2::SecurityGroupIngress", 0);
        built.data().hasResourceProperties("AWS::EC2::SecurityGroup", Match.objectLike(Map.of(
                "GroupDescription", "Aurora acme-prod-eu-west-2-aurora", "SecurityGroupIngress", Match.absent())));
    }

    @Test
    void appContainerGetsTheClusterEndpointsAndPort() {
        build(AuroraEngine.MYSQL, PRIMARY).app().hasResourceProperties("AWS::ECS::TaskDefinition", appContainer(
                "Environment", Match.arrayWith(List.of(
                        Map.of("Name", "DB_HOST", "Value", imported("acme-prod-eu-west-2-data", "FnGetAttAurora.*EndpointAddress.*")),
                        Map.of("Name", "DB_PORT", "Value", "3306"),
                        Map.of("Name", "DB_READER_HOST", "Value", imported("acme-prod-eu-west-2-data", "FnGetAttAurora.*ReadEndpointAddress.*"))))));
    }

    @Test
    void secondaryReadsFromItsLocalClusterAndNamesItAsTheWriter() {
        build(AuroraEngine.POSTGRES, SECONDARY).app().hasResourceProperties("AWS::ECS::TaskDefinition", appContainer(
                "Environment", Match.arrayWith(List.of(
                        Map.of("Name", "DB_HOST", "Value", imported("acme-prod-eu-west-1-data", "FnGetAttAurora[0-9A-F]+EndpointAddress.*")),
                        Map.of("Name", "DB_PORT", "Value", "5432"),
                        Map.of("Name", "DB_READER_HOST", "Value", imported("acme-prod-eu-west-1-data", "FnGetAttAurora.*ReadEndpointAddress.*"))))));
    }

    @Test
    void secondaryAdmitsItsTasksIntoItsLocalCluster() {
        build(AuroraEngine.POSTGRES, SECONDARY).app().hasResourceProperties("AWS::EC2::SecurityGroupIngress", Match.objectLike(Map.of(
                "GroupId", imported("acme-prod-eu-west-1-data", "FnGetAttAuroraSecurityGroup.*GroupId.*"),
                "FromPort", 5432)));
    }

    @Test
    void credentialsComeFromTheRegionsSecretAsEcsSecrets() {
        build(AuroraEngine.POSTGRES, SECONDARY).app().hasResourceProperties("AWS::ECS::TaskDefinition", appContainer(
                "Secrets", List.of(
                        Map.of("Name", "DB_PASSWORD", "ValueFrom", secretArn("eu-west-1", ":password::")),
                        Map.of("Name", "DB_USERNAME", "ValueFrom", secretArn("eu-west-1", ":username::")))));
    }

    @Test
    void executionRoleMayReadTheSecretAndDecryptItWithTheRegionsKey() {
        build(AuroraEngine.POSTGRES, SECONDARY).app().hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
                "Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("ServiceExecutionRole.*"))),
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(
                        Match.objectLike(Map.of(
                                "Action", "kms:Decrypt",
                                "Resource", imported("acme-prod-eu-west-1-security", ".*Key.*"),
                                "Condition", Map.of("StringEquals", Map.of("kms:ViaService", "secretsmanager.eu-west-1.amazonaws.com")))),
                        Match.objectLike(Map.of(
                                "Action", List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"),
                                "Resource", secretArn("eu-west-1", "-??????"))))))))));
    }

    @Test
    void importsFromTheDataStackOnlyWhatItsClusterProduces() {
        String template = build(AuroraEngine.POSTGRES, PRIMARY).app().toJSON().toString();
        Matcher imports = Pattern.compile("Fn::ImportValue=acme-prod-eu-west-2-data:([^}]+)}").matcher(template);
        List<String> exports = new java.util.ArrayList<>();
        while (imports.find()) exports.add(imports.group(1));
        assertThat(exports).isNotEmpty().allMatch(e -> e.matches("ExportsOutputFnGetAttAurora\\w+"));
    }

    @Test
    void withoutAuroraNoDatabaseWiring() {
        for (int index : List.of(PRIMARY, SECONDARY)) {
            Built built = build(Optional.empty(), index);
            String task = built.app().findResources("AWS::ECS::TaskDefinition").toString();
            assertThat(task).as("region %d", index).doesNotContain("DB_HOST", "DB_READER_HOST", "DB_PORT", "Secrets");
            assertThat(built.app().findResources("AWS::IAM::Policy").toString()).doesNotContain("secretsmanager");
            assertThat(built.app().toJSON().toString()).as("region %d", index).doesNotContain("-data:");
        }
    }

    private static Object secretArn(String region, String suffix) {
        return Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
                ":secretsmanager:" + region + ":111111111111:secret:acme-prod-aurora-credentials" + suffix)));
    }
}
