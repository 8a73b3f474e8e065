package dev.regionstack.guard;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DataLossPolicyTest {
    static final String DATA = "regionstack-prod-euw2-data";
    static final String NETWORK = "regionstack-prod-euw2-network";

    static final ResourceChange REPLACED_TABLE = new ResourceChange(DATA, "SessionsTable1B2C3D4E", "AWS::DynamoDB::Table",
            ChangeKind.REPLACED, List.of(PropertyChange.of("KeySchema", Replacement.ALWAYS)), true, Impact.DATA_LOSS);
    static final ResourceChange REMOVED_LOGS = new ResourceChange(DATA, "AccessLogs9A8B7C6D", "AWS::S3::Bucket",
            ChangeKind.REMOVED, List.of(), true, Impact.RETAINED);
    static final ResourceChange REPLACED_VPC = new ResourceChange(NETWORK, "Vpc8378EB38", "AWS::EC2::VPC",
            ChangeKind.REPLACED, List.of(PropertyChange.of("CidrBlock", Replacement.ALWAYS)), false, Impact.DESTRUCTIVE);
    static final ResourceChange UPDATED_ALARM = new ResourceChange(DATA, "ThrottleAlarm1F2E3D4C", "AWS::CloudWatch::Alarm",
            ChangeKind.UPDATED, List.of(PropertyChange.of("Threshold", Replacement.NONE)), false, Impact.NONE);

    static final GuardReport REPORT = new GuardReport(List.of(
            new StackChanges(DATA, StackStatus.CHANGED, List.of(REMOVED_LOGS, REPLACED_TABLE, UPDATED_ALARM)),
            new StackChanges(NETWORK, StackStatus.CHANGED, List.of(REPLACED_VPC))));
    static final Set<String> RETAINED = Set.of(DATA, NETWORK);

    @Test
    void dataLossAndDestructiveChangesInRetainedStacksBlock() {
        assertThat(DataLossPolicy.check(REPORT, RETAINED, Set.of())).containsExactly(REPLACED_TABLE, REPLACED_VPC);
    }

    @Test
    void stacksOfEnvironmentsThatDoNotRetainDataNeverBlock() {
        assertThat(DataLossPolicy.check(REPORT, Set.of(NETWORK), Set.of())).containsExactly(REPLACED_VPC);
    }

    @Test
    void aChangeNamedByStackAndLogicalIdIsAllowed() {
        assertThat(DataLossPolicy.check(REPORT, RETAINED, Set.of(DATA + "/SessionsTable1B2C3D4E")))
                .containsExactly(REPLACED_VPC);
    }

    @Test
    void aWholeStackCanBeAllowed() {
        assertThat(DataLossPolicy.check(REPORT, RETAINED, Set.of(NETWORK))).containsExactly(REPLACED_TABLE);
    }

    @Test
    void retainedChangesNeverBlock() {
        GuardReport onlyRetained = new GuardReport(List.of(new StackChanges(DATA, StackStatus.CHANGED, List.of(REMOVED_LOGS))));

        assertThat(DataLossPolicy.check(onlyRetained, RETAINED, Set.of())).isEmpty();
    }

    @Test
    void allowancesThatNameNoDangerousChangeAreReported() {
        assertThat(DataLossPolicy.unusedAllowances(REPORT, Set.of(DATA + "/SessionsTable1B2C3D4E",
                DATA + "/SesionsTable1B2C3D4E", DATA + "/AccessLogs9A8B7C6D")))
                .containsExactly(DATA + "/AccessLogs9A8B7C6D", DATA + "/SesionsTable1B2C3D4E");
    }

    @Test
    void refusalNamesEachBlockingChangeAndTheWayOut() {
        assertThat(DataLossPolicy.refusal(List.of(REPLACED_TABLE, REPLACED_VPC))).isEqualTo("""
                refusing to deploy: 2 changes would destroy data in a retained environment:
                  regionstack-prod-euw2-data/SessionsTable1B2C3D4E (AWS::DynamoDB::Table) replaced by KeySchema: DATA LOSS
                  regionstack-prod-euw2-network/Vpc8378EB38 (AWS::EC2::VPC) replaced by CidrBlock: DESTRUCTIVE
                If that is intended, name each change (stack/logicalId) or its whole stack with --allow-data-loss.""");
    }
}
