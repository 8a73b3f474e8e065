package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Sizing;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the layers above do with a region's data: grants by name and database access, from their own stack. */
class DataStackConsumersTest {
    private static final List<String> REGIONS = List.of("eu-west-2", "eu-west-1");

    @Test
    void appLayerGrantsReadWriteOnTheLocalReplicaAndKey() {
        App app = TestDeployments.app();
        var d = TestDeployments.environment(Sizing.SMALL, REGIONS).get(1);
        RegionStacks region = RegionStacks.build(app, d);
        Stack service = new Stack(app, "service", TestDeployments.props(d));
        Role role = Role.Builder.create(service, "TaskRole").assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com")).build();
        DataReferences.table(service, d, region.security().key()).grantReadWriteData(role);
        DataReferences.bucket(service, d, region.security().key()).grantReadWrite(role);
        Object tableArn = Map.of("Fn::Join", List.of("", List.of(
                "arn:", Map.of("Ref", "AWS::Partition"), ":dynamodb:eu-west-1:111111111111:table/acme-prod-main")));
        Object tableStatement = Match.objectLike(Map.of(
                "Action", Match.arrayWith(List.of("dynamodb:PutItem")),
                "Resource", tableArn));
        // the key is the security stack's (an export of its owner), never a value routed through the data stack
        Object keyStatement = Match.objectLike(Map.of("Action", Match.arrayWith(List.of("kms:Decrypt")),
                "Resource", Map.of("Fn::ImportValue", Match.stringLikeRegexp("acme-prod-eu-west-1-security:.*"))));
        Template template = Template.fromStack(service);
        template.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(keyStatement, tableStatement))))));
        assertThat(template.toJSON().toString()).doesNotContain("acme-prod-eu-west-1-data");
    }

    @Test
    void auroraAccessFromTheAppLayerStaysInTheAppLayer() {
        App app = TestDeployments.app();
        var d = TestDeployments.environment(Sizing.SMALL, REGIONS).get(0);
        RegionStacks region = RegionStacks.build(app, d);
        Stack service = new Stack(app, "service", TestDeployments.props(d));
        SecurityGroup group = SecurityGroup.Builder.create(service, "ServiceGroup").vpc(region.network().vpc()).build();
        region.data().allowAuroraDefaultPortFrom(group);
        service.addStackDependency(region.data());
        app.synth(); // a dependency cycle between the stacks would fail here
        Template.fromStack(service).hasResourceProperties("AWS::EC2::SecurityGroupIngress", Match.objectLike(Map.of(
                "FromPort", 5432, "ToPort", 5432,
                "SourceSecurityGroupId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("ServiceGroup.*"), "GroupId")))));
        assertThat(Template.fromStack(region.data()).findResources("AWS::EC2::SecurityGroupIngress")).isEmpty();
    }
}
