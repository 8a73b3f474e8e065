package dev.regionstack.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A function in a VPC that indexes into an OpenSearch domain (the log shipper's wiring): reachable on 443 through
 * the two security groups, permitted by its role, and mapped by fine-grained access control as the domain's master.
 * Each piece removed is reported.
 */
class SearchPathTest {
    @TempDir Path dir;

    private static String template(String ingress, String egress, String master, String actions) {
        return """
                {"Resources": {
                  "Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}},
                  "Private": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc"}, "CidrBlock": "10.0.1.0/24"}},
                  "Isolated": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc"}, "CidrBlock": "10.0.2.0/24"}},
                  "DomainGroup": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "domain", "VpcId": {"Ref": "Vpc"},
                    "SecurityGroupEgress": [{"CidrIp": "255.255.255.255/32", "IpProtocol": "icmp", "FromPort": 252, "ToPort": 86}]}},
                  "ShipperGroup": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "shipper", "VpcId": {"Ref": "Vpc"},
                    "SecurityGroupEgress": [{"CidrIp": "255.255.255.255/32", "IpProtocol": "icmp", "FromPort": 252, "ToPort": 86}]}},
                  %s
                  %s
                  "ShipperRole": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {"Version": "2012-10-17",
                    "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}}},
                  "OtherRole": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {"Version": "2012-10-17",
                    "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}}},
                  "ShipperPolicy": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyName": "p", "Roles": [{"Ref": "ShipperRole"}],
                    "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": %s,
                      "Resource": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":es:", {"Ref": "AWS::Region"}, ":", {"Ref": "AWS::AccountId"}, ":domain/prod-euw1-abc123/*"]]}}]}}},
                  "Domain": {"Type": "AWS::OpenSearchService::Domain", "Properties": {"DomainName": "prod-euw1-abc123",
                    "VPCOptions": {"SubnetIds": [{"Ref": "Isolated"}], "SecurityGroupIds": [{"Fn::GetAtt": ["DomainGroup", "GroupId"]}]},
                    "AdvancedSecurityOptions": {"Enabled": true, "InternalUserDatabaseEnabled": false,
                      "MasterUserOptions": {"MasterUserARN": {"Fn::GetAtt": ["%s", "Arn"]}}}}},
                  "Shipper": {"Type": "AWS::Lambda::Function", "Properties": {"FunctionName": "acme-prod-log-shipper",
                    "Handler": "dev.regionstack.functions.search.LogShipperHandler::handleRequest", "Runtime": "java21",
                    "Role": {"Fn::GetAtt": ["ShipperRole", "Arn"]}, "Code": {"ZipFile": "x"},
                    "Environment": {"Variables": {"DOMAIN_ENDPOINT": {"Fn::GetAtt": ["Domain", "DomainEndpoint"]}, "INDEX_PREFIX": "logs"}},
                    "VpcConfig": {"SubnetIds": [{"Ref": "Private"}], "SecurityGroupIds": [{"Fn::GetAtt": ["ShipperGroup", "GroupId"]}]}}}
                }}
                """.formatted(ingress, egress, actions, master);
    }

    private static final String INGRESS = """
            "Ingress": {"Type": "AWS::EC2::SecurityGroupIngress", "Properties": {"GroupId": {"Fn::GetAtt": ["DomainGroup", "GroupId"]},
              "SourceSecurityGroupId": {"Fn::GetAtt": ["ShipperGroup", "GroupId"]}, "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443}},""";
    private static final String EGRESS = """
            "Egress": {"Type": "AWS::EC2::SecurityGroupEgress", "Properties": {"GroupId": {"Fn::GetAtt": ["ShipperGroup", "GroupId"]},
              "DestinationSecurityGroupId": {"Fn::GetAtt": ["DomainGroup", "GroupId"]}, "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443}},""";
    private static final String POST = "[\"es:ESHttpPost\", \"es:ESHttpPut\"]";

    private TestAssembly assembly(String template) { return new TestAssembly().stack("acme-prod-eu-west-1-search", template); }

    @Test
    void theWiredPathIsClean() {
        TestAssembly a = assembly(template(INGRESS, EGRESS, "ShipperRole", POST));
        assertThat(a.problems(dir.resolve("a"), "reachability")).isEmpty();
        assertThat(a.problems(dir.resolve("b"), "permissions")).isEmpty();
    }

    @Test
    void aDomainThatAdmitsNothingIsReported() {
        assertThat(assembly(template("", EGRESS, "ShipperRole", POST)).problems(dir, "reachability")).singleElement().asString()
                .contains("the function reaches the OpenSearch domain it is given, but no security group of acme-prod-eu-west-1-search/Domain admits")
                .contains("on TCP 443");
    }

    @Test
    void aShipperThatMayNotLeaveIsReported() {
        assertThat(assembly(template(INGRESS, "", "ShipperRole", POST)).problems(dir, "reachability")).anySatisfy(p ->
                assertThat(p).contains("let nothing out to it on TCP 443"));
    }

    @Test
    void aRoleWithoutEsHttpPostIsReported() {
        assertThat(assembly(template(INGRESS, EGRESS, "ShipperRole", "[\"es:ESHttpGet\"]")).problems(dir, "permissions"))
                .anySatisfy(p -> assertThat(p).contains("es:ESHttpPost"));
    }

    @Test
    void aRoleFineGrainedAccessControlDoesNotMapIsReported() {
        assertThat(assembly(template(INGRESS, EGRESS, "OtherRole", POST)).problems(dir, "permissions")).singleElement().asString()
                .contains("fine-grained access control maps its role to no OpenSearch role");
    }
}
