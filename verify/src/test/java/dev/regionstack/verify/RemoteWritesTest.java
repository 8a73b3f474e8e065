package dev.regionstack.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A collector that remote-writes to a Prometheus workspace: its task role must be allowed {@code aps:RemoteWrite} on
 * that workspace (permissions), and its service must reach the AMP endpoint through NAT or an interface endpoint (egress).
 */
class RemoteWritesTest {
    @TempDir Path dir;

    /** A VPC whose one subnet is private (default route to a NAT gateway) or isolated (no default route). */
    private static String network(boolean nat) {
        return """
                "Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}},
                "Subnet": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc"}, "CidrBlock": "10.0.1.0/24"}},
                "Table": {"Type": "AWS::EC2::RouteTable", "Properties": {"VpcId": {"Ref": "Vpc"}}},
                "Assoc": {"Type": "AWS::EC2::SubnetRouteTableAssociation", "Properties": {"SubnetId": {"Ref": "Subnet"}, "RouteTableId": {"Ref": "Table"}}},
                "Nat": {"Type": "AWS::EC2::NatGateway", "Properties": {"SubnetId": "subnet-public"}},
                """ + (nat ? """
                "Default": {"Type": "AWS::EC2::Route", "Properties": {"RouteTableId": {"Ref": "Table"}, "DestinationCidrBlock": "0.0.0.0/0", "NatGatewayId": {"Ref": "Nat"}}},
                """ : "");
    }

    private static String template(boolean granted, boolean nat, String egress) {
        String policy = granted ? """
                "Policy": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyName": "p", "Roles": [{"Ref": "TaskRole"}],
                  "PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "aps:RemoteWrite", "Resource": {"Fn::GetAtt": ["Workspace", "Arn"]}}]}}},
                """ : "";
        return "{\"Resources\": {" + network(nat) + policy + """
                "Workspace": {"Type": "AWS::APS::Workspace", "Properties": {"Alias": "acme-dev-eu-west-1"}},
                "TaskRole": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {}}},
                "Group": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"VpcId": {"Ref": "Vpc"}, "GroupDescription": "tasks",
                  "SecurityGroupEgress": [%s]}},
                "Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"TaskRoleArn": {"Fn::GetAtt": ["TaskRole", "Arn"]},
                  "ContainerDefinitions": [{"Name": "otel-collector", "Environment": [{"Name": "AOT_CONFIG_CONTENT", "Value": {"Fn::Join": ["", [
                    "exporters:\\n  prometheusremotewrite:\\n    endpoint: https://aps-workspaces.eu-west-1.amazonaws.com/workspaces/",
                    {"Fn::GetAtt": ["Workspace", "WorkspaceId"]}, "/api/v1/remote_write\\n"]]}}]}]}},
                "Service": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": {"Ref": "Task"},
                  "NetworkConfiguration": {"AwsvpcConfiguration": {"Subnets": [{"Ref": "Subnet"}], "SecurityGroups": [{"Fn::GetAtt": ["Group", "GroupId"]}]}}}}
                }}""".formatted(egress);
    }

    private static final String ALL_OUT = "{\"IpProtocol\": \"-1\", \"CidrIp\": \"0.0.0.0/0\"}";

    @Test
    void aGrantedCollectorBehindNatIsClean() {
        TestAssembly assembly = new TestAssembly().stack("app", template(true, true, ALL_OUT));
        assertThat(assembly.problems(dir.resolve("p"), "permissions")).isEmpty();
        assertThat(assembly.problems(dir.resolve("e"), "egress")).isEmpty();
    }

    @Test
    void aTaskRoleWithoutRemoteWriteOnTheWorkspaceIsAProblem() {
        assertThat(new TestAssembly().stack("app", template(false, true, ALL_OUT)).problems(dir, "permissions")).singleElement()
                .asString().startsWith("error: app/Task: the collector sidecar remote-writes metrics to app/Workspace, but the role"
                        + " app/TaskRole may not aps:RemoteWrite on arn:aws:aps:eu-west-1:111111111111:workspace/");
    }

    @Test
    void aServiceWithNoWayOutToAmpIsAProblem() {
        String onlyTheVpc = "{\"IpProtocol\": \"tcp\", \"FromPort\": 443, \"ToPort\": 443, \"CidrIp\": \"10.0.0.0/16\"}";
        assertThat(new TestAssembly().stack("app", template(true, true, onlyTheVpc)).problems(dir.resolve("a"), "egress"))
                .singleElement().asString().startsWith("error: app/Service: the collector sidecar remote-writes to Amazon Managed"
                        + " Service for Prometheus, but the service reaches aps-workspaces.eu-west-1.amazonaws.com on TCP 443 neither");
        assertThat(new TestAssembly().stack("app", template(true, false, ALL_OUT)).problems(dir.resolve("b"), "egress")).hasSize(1);
    }
}
