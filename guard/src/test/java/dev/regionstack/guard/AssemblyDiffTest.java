package dev.regionstack.guard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssemblyDiffTest {
    static final String STACK = "regionstack-prod-euw2-data";

    @TempDir
    Path dir;

    private GuardReport diff(String oldResources, String newResources) {
        Path before = Assemblies.in(dir).stack(STACK, oldResources).write("old");
        Path after = Assemblies.in(dir).stack(STACK, newResources).write("new");
        return AssemblyDiff.compare(before, after);
    }

    private static ResourceChange change(GuardReport report, String logicalId) {
        return report.changes().stream().filter(c -> c.logicalId().equals(logicalId)).findFirst()
                .orElseThrow(() -> new AssertionError(logicalId + " not in " + report.changes()));
    }

    static String table(String partitionKey, String policy) {
        return """
                {"SessionsTable1B2C3D4E": {
                  "Type": "AWS::DynamoDB::Table",
                  "Properties": {
                    "AttributeDefinitions": [{"AttributeName": "%1$s", "AttributeType": "S"}],
                    "BillingMode": "PAY_PER_REQUEST",
                    "KeySchema": [{"AttributeName": "%1$s", "KeyType": "HASH"}],
                    "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": true},
                    "SSESpecification": {"SSEEnabled": true, "SSEType": "KMS",
                                         "KMSMasterKeyId": {"Fn::GetAtt": ["DataKey4B5A1BF3", "Arn"]}}
                  },
                  "UpdateReplacePolicy": "%2$s",
                  "DeletionPolicy": "%2$s",
                  "Metadata": {"aws:cdk:path": "regionstack-prod-euw2-data/Sessions/Table/Resource"}
                }}""".formatted(partitionKey, policy);
    }

    @Test
    void tableKeySchemaChangeIsReplacedWithDataLoss() {
        ResourceChange table = change(diff(table("pk", "Delete"), table("id", "Delete")), "SessionsTable1B2C3D4E");

        assertThat(table.kind()).isEqualTo(ChangeKind.REPLACED);
        assertThat(table.replacingProperties()).containsExactly("KeySchema");
        assertThat(table.impact()).isEqualTo(Impact.DATA_LOSS);
    }

    /** Retain keeps the old table as an orphan, but the stack then serves a new, empty one: still data loss. */
    @Test
    void replacedTableIsDataLossEvenWhenItsPoliciesRetainIt() {
        ResourceChange table = change(diff(table("pk", "Retain"), table("id", "Retain")), "SessionsTable1B2C3D4E");

        assertThat(table.kind()).isEqualTo(ChangeKind.REPLACED);
        assertThat(table.impact()).isEqualTo(Impact.DATA_LOSS);
    }

    static String globalTable(String consistency) {
        return """
                {"OrdersGlobalTableA1B2C3D4": {
                  "Type": "AWS::DynamoDB::GlobalTable",
                  "Properties": {
                    "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}],
                    "BillingMode": "PAY_PER_REQUEST",
                    "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}],
                    "MultiRegionConsistency": "%s",
                    "Replicas": [{"Region": "eu-west-2"}, {"Region": "eu-west-1"}, {"Region": "eu-central-1"}],
                    "StreamSpecification": {"StreamViewType": "NEW_AND_OLD_IMAGES"}
                  },
                  "UpdateReplacePolicy": "Delete",
                  "DeletionPolicy": "Delete"
                }}""".formatted(consistency);
    }

    @Test
    void globalTableConsistencyModeChangeIsDataLossByGuardRule() {
        ResourceChange table = change(diff(globalTable("EVENTUAL"), globalTable("STRONG")), "OrdersGlobalTableA1B2C3D4");

        assertThat(table.kind()).isEqualTo(ChangeKind.REPLACED);
        assertThat(table.changes()).containsExactly(PropertyChange.of("MultiRegionConsistency", Replacement.GUARD_RULE));
        assertThat(table.impact()).isEqualTo(Impact.DATA_LOSS);
    }

    static String auroraCluster(String engine) {
        return """
                {"DatabaseClusterA1B2C3D4": {
                  "Type": "AWS::RDS::DBCluster",
                  "Properties": {
                    "Engine": "%s",
                    "EngineVersion": "16.6",
                    "DBClusterParameterGroupName": "default.aurora-postgresql16",
                    "DBSubnetGroupName": {"Ref": "DatabaseSubnets9F4B8E52"},
                    "MasterUsername": "postgres",
                    "StorageEncrypted": true,
                    "KmsKeyId": {"Fn::GetAtt": ["DataKey4B5A1BF3", "Arn"]},
                    "DeletionProtection": false
                  },
                  "UpdateReplacePolicy": "Delete",
                  "DeletionPolicy": "Delete"
                }}""".formatted(engine);
    }

    @Test
    void auroraClusterEngineChangeIsReplaced() {
        ResourceChange cluster = change(diff(auroraCluster("aurora-postgresql"), auroraCluster("aurora-mysql")),
                "DatabaseClusterA1B2C3D4");

        assertThat(cluster.kind()).isEqualTo(ChangeKind.REPLACED);
        // The specification says 'maybe' for DBCluster Engine: the guard takes it as a replacement.
        assertThat(cluster.changes()).containsExactly(PropertyChange.of("Engine", Replacement.CONDITIONAL));
        assertThat(cluster.impact()).isEqualTo(Impact.DATA_LOSS);
    }

    static String globalCluster(String engine) {
        return """
                {"GlobalDatabase5C3A1E2B": {
                  "Type": "AWS::RDS::GlobalCluster",
                  "Properties": {"GlobalClusterIdentifier": "regionstack-prod-global", "Engine": "%s",
                                 "EngineVersion": "16.6", "StorageEncrypted": true, "DeletionProtection": true},
                  "UpdateReplacePolicy": "Delete",
                  "DeletionPolicy": "Delete"
                }}""".formatted(engine);
    }

    @Test
    void globalClusterEngineChangeIsReplacedWithDataLoss() {
        ResourceChange cluster = change(diff(globalCluster("aurora-postgresql"), globalCluster("aurora-mysql")),
                "GlobalDatabase5C3A1E2B");

        assertThat(cluster.kind()).isEqualTo(ChangeKind.REPLACED);
        assertThat(cluster.changes()).containsExactly(PropertyChange.of("Engine", Replacement.ALWAYS));
        assertThat(cluster.stateful()).isTrue();
        assertThat(cluster.impact()).isEqualTo(Impact.DATA_LOSS);
    }

    static String bucket(String logicalId, String name) {
        return """
                {"%s": {
                  "Type": "AWS::S3::Bucket",
                  "Properties": {
                    "BucketName": "%s",
                    "BucketEncryption": {"ServerSideEncryptionConfiguration": [{"ServerSideEncryptionByDefault":
                      {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": {"Fn::GetAtt": ["DataKey4B5A1BF3", "Arn"]}}}]},
                    "PublicAccessBlockConfiguration": {"BlockPublicAcls": true, "BlockPublicPolicy": true,
                                                       "IgnorePublicAcls": true, "RestrictPublicBuckets": true},
                    "VersioningConfiguration": {"Status": "Enabled"}
                  },
                  "UpdateReplacePolicy": "Delete",
                  "DeletionPolicy": "Delete"
                }}""".formatted(logicalId, name);
    }

    @Test
    void bucketNameChangeIsReplacedWithDataLoss() {
        ResourceChange bucket = change(diff(bucket("UploadsBucket5C3F2B1A", "regionstack-prod-uploads"),
                bucket("UploadsBucket5C3F2B1A", "regionstack-prod-files")), "UploadsBucket5C3F2B1A");

        assertThat(bucket.kind()).isEqualTo(ChangeKind.REPLACED);
        assertThat(bucket.replacingProperties()).containsExactly("BucketName");
        assertThat(bucket.impact()).isEqualTo(Impact.DATA_LOSS);
    }

    @Test
    void renamedBucketLogicalIdIsRemovedWithDataLossAndAdded() {
        GuardReport report = diff(bucket("UploadsBucket5C3F2B1A", "regionstack-prod-uploads"),
                bucket("FilesBucket8D2E4A6C", "regionstack-prod-uploads"));

        assertThat(report.changes()).extracting(ResourceChange::logicalId, ResourceChange::kind, ResourceChange::impact)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("UploadsBucket5C3F2B1A", ChangeKind.REMOVED, Impact.DATA_LOSS),
                        org.assertj.core.groups.Tuple.tuple("FilesBucket8D2E4A6C", ChangeKind.ADDED, Impact.NONE));
    }

    static String network(String cidr) {
        return """
                {"Vpc8378EB38": {
                   "Type": "AWS::EC2::VPC",
                   "Properties": {"CidrBlock": "%s", "EnableDnsHostnames": true, "EnableDnsSupport": true,
                                  "InstanceTenancy": "default"}},
                 "VpcdataSubnet1Subnet2A3B4C5D": {
                   "Type": "AWS::EC2::Subnet",
                   "Properties": {"VpcId": {"Ref": "Vpc8378EB38"}, "AvailabilityZone": "eu-west-2a",
                                  "CidrBlock": "10.20.128.0/20", "MapPublicIpOnLaunch": false}},
                 "SharedFiles6E7F8A9B": {
                   "Type": "AWS::FSx::FileSystem",
                   "Properties": {"FileSystemType": "LUSTRE", "StorageCapacity": 1200,
                                  "SubnetIds": [{"Ref": "VpcdataSubnet1Subnet2A3B4C5D"}],
                                  "LustreConfiguration": {"DeploymentType": "PERSISTENT_2", "PerUnitStorageThroughput": 125}},
                   "UpdateReplacePolicy": "Delete",
                   "DeletionPolicy": "Delete"},
                 "AppSecurityGroup1F2E3D4C": {
                   "Type": "AWS::EC2::SecurityGroup",
                   "Properties": {"GroupDescription": "app tasks", "VpcId": {"Ref": "Vpc8378EB38"},
                                  "SecurityGroupEgress": [{"CidrIp": "0.0.0.0/0", "IpProtocol": "-1"}]}},
                 "AppServiceA1B2C3D4": {
                   "Type": "AWS::ECS::Service",
                   "Properties": {"Cluster": "regionstack-prod", "DesiredCount": 2, "LaunchType": "FARGATE",
                     "NetworkConfiguration": {"AwsvpcConfiguration": {"AssignPublicIp": "DISABLED",
                       "SecurityGroups": [{"Fn::GetAtt": ["AppSecurityGroup1F2E3D4C", "GroupId"]}],
                       "Subnets": [{"Ref": "VpcdataSubnet1Subnet2A3B4C5D"}]}}}}
                }""".formatted(cidr);
    }

    @Test
    void vpcCidrChangeIsDestructive() {
        ResourceChange vpc = change(diff(network("10.20.0.0/16"), network("10.30.0.0/16")), "Vpc8378EB38");

        assertThat(vpc.kind()).isEqualTo(ChangeKind.REPLACED);
        assertThat(vpc.replacingProperties()).containsExactly("CidrBlock");
        assertThat(vpc.stateful()).isFalse();
        assertThat(vpc.impact()).isEqualTo(Impact.DESTRUCTIVE);
    }

    @Test
    void vpcReplacementCascadesThroughReplacingReferences() {
        GuardReport report = diff(network("10.20.0.0/16"), network("10.30.0.0/16"));

        assertThat(change(report, "VpcdataSubnet1Subnet2A3B4C5D").changes())
                .containsExactly(new PropertyChange("VpcId", Replacement.DEPENDENCY, "Vpc8378EB38"));
        assertThat(change(report, "AppSecurityGroup1F2E3D4C").kind()).isEqualTo(ChangeKind.REPLACED);
        // Replaced in turn because it sits in the replaced subnet (SubnetIds replaces): a file system, so DATA LOSS.
        assertThat(change(report, "SharedFiles6E7F8A9B").impact()).isEqualTo(Impact.DATA_LOSS);
        // The service only points at the subnet and security group from updatable properties: not replaced.
        assertThat(report.changes()).extracting(ResourceChange::logicalId).doesNotContain("AppServiceA1B2C3D4");
    }

    static String scaling(int desiredCount, int minCapacity, int threshold) {
        return """
                {"AppServiceA1B2C3D4": {
                   "Type": "AWS::ECS::Service",
                   "Properties": {"Cluster": "regionstack-prod", "DesiredCount": %d, "LaunchType": "FARGATE",
                                  "TaskDefinition": {"Ref": "AppTaskDef1A2B3C4D"}}},
                 "AppServiceTaskCountTarget5E6F7A8B": {
                   "Type": "AWS::ApplicationAutoScaling::ScalableTarget",
                   "Properties": {"MinCapacity": %d, "MaxCapacity": 20, "ResourceId": "service/regionstack-prod/app",
                                  "ScalableDimension": "ecs:service:DesiredCount", "ServiceNamespace": "ecs"}},
                 "App5xxAlarm9C8D7E6F": {
                   "Type": "AWS::CloudWatch::Alarm",
                   "Properties": {"ComparisonOperator": "GreaterThanOrEqualToThreshold", "EvaluationPeriods": 3,
                                  "MetricName": "HTTPCode_Target_5XX_Count", "Namespace": "AWS/ApplicationELB",
                                  "Period": 60, "Statistic": "Sum", "Threshold": %d}}
                }""".formatted(desiredCount, minCapacity, threshold);
    }

    @Test
    void scalingTasksAndAlarmsAreUpdatesNotFlagged() {
        GuardReport report = diff(scaling(2, 2, 5), scaling(6, 4, 10));

        assertThat(report.changes()).extracting(ResourceChange::logicalId, ResourceChange::kind, ResourceChange::impact)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("App5xxAlarm9C8D7E6F", ChangeKind.UPDATED, Impact.NONE),
                        org.assertj.core.groups.Tuple.tuple("AppServiceA1B2C3D4", ChangeKind.UPDATED, Impact.NONE),
                        org.assertj.core.groups.Tuple.tuple("AppServiceTaskCountTarget5E6F7A8B", ChangeKind.UPDATED, Impact.NONE));
        assertThat(change(report, "AppServiceA1B2C3D4").changes())
                .containsExactly(PropertyChange.of("DesiredCount", Replacement.NONE));
    }

    @Test
    void removedRetainedTableIsRetainedNotDataLoss() {
        ResourceChange table = change(diff(table("pk", "Retain"), "{}"), "SessionsTable1B2C3D4E");

        assertThat(table.kind()).isEqualTo(ChangeKind.REMOVED);
        assertThat(table.impact()).isEqualTo(Impact.RETAINED);
    }

    @Test
    void removedStackLosesEveryStatefulResource() {
        Path before = Assemblies.in(dir).stack(STACK, table("pk", "Delete"))
                .stack("regionstack-prod-euw2-app", scaling(2, 2, 5)).write("old");
        Path after = Assemblies.in(dir).stack("regionstack-prod-euw2-app", scaling(2, 2, 5)).write("new");

        GuardReport report = AssemblyDiff.compare(before, after);

        assertThat(report.stacks()).extracting(StackChanges::stack, StackChanges::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("regionstack-prod-euw2-app", StackStatus.UNCHANGED),
                org.assertj.core.groups.Tuple.tuple(STACK, StackStatus.REMOVED));
        assertThat(report.dataLossChanges()).extracting(ResourceChange::id)
                .containsExactly(STACK + "/SessionsTable1B2C3D4E");
    }

    @Test
    void stacksOutsideTheSelectionAreNotReportedRemoved() {
        Path before = Assemblies.in(dir).stack(STACK, table("pk", "Delete"))
                .stack("regionstack-prod-euw2-app", scaling(2, 2, 5)).write("old");
        Path after = Assemblies.in(dir).stack("regionstack-prod-euw2-app", scaling(3, 2, 5)).write("new");

        GuardReport report = AssemblyDiff.compare(before, after, Set.of("regionstack-prod-euw2-app"));

        assertThat(report.stacks()).extracting(StackChanges::stack).containsExactly("regionstack-prod-euw2-app");
    }

    @Test
    void metadataAndCdkAnalyticsAreIgnored() {
        String before = """
                {"HandlerFunction9A8B7C6D": {"Type": "AWS::Lambda::Function",
                  "Properties": {"Runtime": "java21", "Handler": "dev.regionstack.functions.Api::handleRequest"},
                  "Metadata": {"aws:cdk:path": "app/Handler/Resource", "aws:asset:path": "asset.1111",
                               "aws:asset:is-bundled": false, "aws:asset:property": "Code"}}}""";
        String after = before.replace("asset.1111", "asset.2222").replace("app/Handler", "app/Api/Handler");

        GuardReport report = diff(before, after);

        assertThat(report.stacks()).extracting(StackChanges::status).containsExactly(StackStatus.UNCHANGED);
    }

    @Test
    void lambdaCodeAssetChangeIsAnUpdate() {
        String before = """
                {"HandlerFunction9A8B7C6D": {"Type": "AWS::Lambda::Function",
                  "Properties": {"Runtime": "java21", "Handler": "dev.regionstack.functions.Api::handleRequest",
                    "Code": {"S3Bucket": {"Fn::Sub": "cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"},
                             "S3Key": "0b1c2d3e4f.jar"}}}}""";

        ResourceChange function = change(diff(before, before.replace("0b1c2d3e4f", "9f8e7d6c5b")), "HandlerFunction9A8B7C6D");

        assertThat(function.kind()).isEqualTo(ChangeKind.UPDATED);
        assertThat(function.changes()).containsExactly(PropertyChange.of("Code", Replacement.NONE));
    }

    @Test
    void numbersAndTheirStringFormAreTheSameValue() {
        GuardReport report = diff(scaling(2, 2, 5), scaling(2, 2, 5).replace("\"DesiredCount\": 2", "\"DesiredCount\": \"2\""));

        assertThat(report.changes()).isEmpty();
    }

    @Test
    void changedTypeIsAReplacement() {
        String queue = """
                {"JobsQueue4A5B6C7D": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "jobs"},
                  "UpdateReplacePolicy": "Delete", "DeletionPolicy": "Delete"}}""";

        ResourceChange change = change(diff(queue, queue.replace("AWS::SQS::Queue", "AWS::SNS::Topic")
                .replace("QueueName", "TopicName")), "JobsQueue4A5B6C7D");

        assertThat(change.kind()).isEqualTo(ChangeKind.REPLACED);
        assertThat(change.replacingProperties()).contains("Type");
        assertThat(change.impact()).isEqualTo(Impact.DATA_LOSS);
    }

    @Test
    void specNestedReplacementPathCounts() {
        ReplacementSpec spec = ReplacementSpec.parse(Assemblies.readJsonText("""
                {"source": {"version": "test"}, "stateful": [],
                 "resources": {"AWS::Test::Thing": {"paths": [["Listeners", "*", "Protocol"]]}}}"""));
        String thing = """
                {"Thing1A2B3C4D": {"Type": "AWS::Test::Thing",
                  "Properties": {"Listeners": [{"Port": 443, "Protocol": "HTTPS"}, {"Port": 80, "Protocol": "HTTP"}]}}}""";
        Path before = Assemblies.in(dir).stack(STACK, thing).write("old");
        Path portOnly = Assemblies.in(dir).stack(STACK, thing.replace("80", "8080")).write("port");
        Path protocol = Assemblies.in(dir).stack(STACK, thing.replace("\"HTTP\"", "\"TCP\"")).write("protocol");

        ResourceChange portChange = AssemblyDiff.compare(before, portOnly, null, spec).changes().get(0);
        ResourceChange protocolChange = AssemblyDiff.compare(before, protocol, null, spec).changes().get(0);

        assertThat(portChange.kind()).isEqualTo(ChangeKind.UPDATED);
        assertThat(protocolChange.kind()).isEqualTo(ChangeKind.REPLACED);
        assertThat(protocolChange.replacingProperties()).containsExactly("Listeners.*.Protocol");
    }

    @Test
    void removedClusterWithSnapshotPolicyIsRetained() {
        String cluster = auroraCluster("aurora-postgresql").replace("\"Delete\"", "\"Snapshot\"");

        ResourceChange change = change(diff(cluster, "{}"), "DatabaseClusterA1B2C3D4");

        assertThat(change.kind()).isEqualTo(ChangeKind.REMOVED);
        assertThat(change.impact()).isEqualTo(Impact.RETAINED);
    }

    @Test
    void stacksOfNestedAssembliesAreCompared() throws Exception {
        Path before = Assemblies.in(dir).stack(STACK, table("pk", "Delete")).write("old");
        Path after = Files.createDirectories(dir.resolve("new"));
        Path stage = Assemblies.in(after).stack(STACK, table("id", "Delete")).write("assembly-Prod");
        Files.writeString(after.resolve("manifest.json"), """
                {"version": "48.0.0",
                 "artifacts": {"assembly-Prod": {"type": "cdk:cloud-assembly",
                                                 "properties": {"directoryName": "assembly-Prod", "displayName": "Prod"}},
                               "Tree": {"type": "cdk:tree", "properties": {"file": "tree.json"}}}}""");

        GuardReport report = AssemblyDiff.compare(before, after);

        assertThat(stage).isEqualTo(after.resolve("assembly-Prod"));
        assertThat(report.dataLossChanges()).extracting(ResourceChange::id).containsExactly(STACK + "/SessionsTable1B2C3D4E");
    }

    @Test
    void twoStacksWithOneNameAreRefused() throws Exception {
        Path before = Assemblies.in(dir).stack(STACK, "{}").write("old");
        Path after = Assemblies.in(dir).stack(STACK, "{}").write("new");
        String manifest = Files.readString(after.resolve("manifest.json"));
        Files.writeString(after.resolve("manifest.json"), manifest.replace("\"" + STACK + "\" : {",
                "\"Other\" : {\"type\": \"aws:cloudformation:stack\", \"properties\": {\"stackName\": \"" + STACK
                        + "\", \"templateFile\": \"" + STACK + ".template.json\"}},\n\"" + STACK + "\" : {"));

        assertThatThrownBy(() -> AssemblyDiff.compare(before, after))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two stacks are named " + STACK + " in the assembly " + after + ": artifacts Other and " + STACK);
    }

    @Test
    void missingManifestIsRefused() {
        Path after = Assemblies.in(dir).stack(STACK, "{}").write("new");

        assertThatThrownBy(() -> AssemblyDiff.compare(dir.resolve("nowhere"), after))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a cloud assembly: " + dir.resolve("nowhere").resolve("manifest.json") + " does not exist");
    }
}
