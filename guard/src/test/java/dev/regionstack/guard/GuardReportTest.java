package dev.regionstack.guard;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GuardReportTest {
    static final String DATA = "regionstack-prod-euw2-data";

    static final GuardReport REPORT = new GuardReport(List.of(
            new StackChanges("regionstack-prod-euw2-app", StackStatus.UNCHANGED, List.of()),
            new StackChanges(DATA, StackStatus.CHANGED, List.of(
                    new ResourceChange(DATA, "AccessLogs9A8B7C6D", "AWS::S3::Bucket", ChangeKind.REMOVED, List.of(), true,
                            Impact.RETAINED),
                    new ResourceChange(DATA, "UploadsBucket5C3F2B1A", "AWS::S3::Bucket", ChangeKind.REPLACED,
                            List.of(PropertyChange.of("BucketName", Replacement.ALWAYS),
                                    PropertyChange.of("VersioningConfiguration", Replacement.NONE)), true, Impact.DATA_LOSS),
                    new ResourceChange(DATA, "DatabaseClusterA1B2C3D4", "AWS::RDS::DBCluster", ChangeKind.REPLACED,
                            List.of(PropertyChange.of("Engine", Replacement.CONDITIONAL)), true, Impact.RETAINED),
                    new ResourceChange(DATA, "VpcdataSubnet1Subnet2A3B4C5D", "AWS::EC2::Subnet", ChangeKind.REPLACED,
                            List.of(new PropertyChange("VpcId", Replacement.DEPENDENCY, "Vpc8378EB38")), false,
                            Impact.DESTRUCTIVE),
                    new ResourceChange(DATA, "ThrottleAlarm1F2E3D4C", "AWS::CloudWatch::Alarm", ChangeKind.UPDATED,
                            List.of(PropertyChange.of("Threshold", Replacement.NONE),
                                    PropertyChange.of("EvaluationPeriods", Replacement.NONE)), false, Impact.NONE),
                    new ResourceChange(DATA, "JobsQueue4A5B6C7D", "AWS::SQS::Queue", ChangeKind.ADDED, List.of(), true,
                            Impact.NONE))),
            new StackChanges("regionstack-prod-euw1-data", StackStatus.REMOVED, List.of(
                    new ResourceChange("regionstack-prod-euw1-data", "SessionsTable1B2C3D4E", "AWS::DynamoDB::Table",
                            ChangeKind.REMOVED, List.of(), true, Impact.DATA_LOSS)))));

    @Test
    void rendersChangedStacksWithMarkers() {
        assertThat(REPORT.render()).isEqualTo("""
                regionstack-prod-euw2-data
                  - AccessLogs9A8B7C6D AWS::S3::Bucket  RETAINED
                  ~ UploadsBucket5C3F2B1A AWS::S3::Bucket replaced (BucketName)  DATA LOSS
                  ~ DatabaseClusterA1B2C3D4 AWS::RDS::DBCluster replaced (Engine (may))  RETAINED
                  ~ VpcdataSubnet1Subnet2A3B4C5D AWS::EC2::Subnet replaced (VpcId -> Vpc8378EB38)  DESTRUCTIVE
                  ~ ThrottleAlarm1F2E3D4C AWS::CloudWatch::Alarm updated (Threshold, EvaluationPeriods)
                  + JobsQueue4A5B6C7D AWS::SQS::Queue
                regionstack-prod-euw1-data (stack removed)
                  - SessionsTable1B2C3D4E AWS::DynamoDB::Table  DATA LOSS
                1 added, 2 removed, 3 replaced, 1 updated; 2 DATA LOSS, 1 DESTRUCTIVE, 2 RETAINED
                """);
    }

    @Test
    void rendersNoChanges() {
        GuardReport unchanged = new GuardReport(List.of(new StackChanges(DATA, StackStatus.UNCHANGED, List.of())));

        assertThat(unchanged.render()).isEqualTo("no changes\n");
    }

    @Test
    void dataLossChangesAreTheStatefulDeletions() {
        assertThat(REPORT.dataLossChanges()).extracting(ResourceChange::id).containsExactly(
                DATA + "/UploadsBucket5C3F2B1A", "regionstack-prod-euw1-data/SessionsTable1B2C3D4E");
    }

    @Test
    void jsonCarriesKindImpactAndReplacingProperties() throws Exception {
        JsonNode json = Assemblies.JSON.readTree(REPORT.toJson());

        JsonNode bucket = json.at("/stacks/1/changes/1");
        assertThat(json.path("specVersion").asText()).isEqualTo(ReplacementSpec.builtIn().sourceVersion());
        assertThat(json.at("/stacks/1/stack").asText()).isEqualTo(DATA);
        assertThat(bucket.path("logicalId").asText()).isEqualTo("UploadsBucket5C3F2B1A");
        assertThat(bucket.path("kind").asText()).isEqualTo("REPLACED");
        assertThat(bucket.path("impact").asText()).isEqualTo("DATA_LOSS");
        assertThat(bucket.path("replacingProperties").toString()).isEqualTo("[\"BucketName\"]");
        assertThat(json.at("/stacks/1/changes/3/changes/0/via").asText()).isEqualTo("Vpc8378EB38");
    }
}
