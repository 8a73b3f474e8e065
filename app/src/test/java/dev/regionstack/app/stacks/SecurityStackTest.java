package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Sizing;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

class SecurityStackTest {
    private static final List<String> REGIONS = List.of("eu-west-2", "us-east-1", "ap-southeast-2");

    private static Template security(Deployment d) {
        return Template.fromStack(new SecurityStack(TestDeployments.app(), "sec", TestDeployments.props(d), d));
    }

    private static Deployment primary() { return TestDeployments.environment(Sizing.MEDIUM, REGIONS).get(0); }

    private static Deployment secondary() { return TestDeployments.environment(Sizing.MEDIUM, REGIONS).get(1); }

    @Test
    void primaryRegionHoldsTheMultiRegionPrimaryKey() {
        Template template = security(primary());
        template.hasResourceProperties("AWS::KMS::Key", Match.objectLike(Map.of("MultiRegion", true, "EnableKeyRotation", true)));
        template.resourceCountIs("AWS::KMS::ReplicaKey", 0);
    }

    @Test
    void otherRegionsReplicateTheKeyWhoseArnTheyReadFromThePrimaryRegion() {
        Template template = security(secondary());
        template.resourceCountIs("AWS::KMS::Key", 0);
        template.hasResourceProperties("AWS::KMS::ReplicaKey", Match.objectLike(Map.of(
                "PrimaryKeyArn", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("PrimaryKeyArn.*"), "Parameter.Value")))));
        template.hasResourceProperties("Custom::AWS", Match.objectLike(Map.of(
                "Create", Match.serializedJson(Match.objectLike(Map.of(
                        "region", "eu-west-2",
                        "parameters", Map.of("Name", "/acme/prod/eu-west-2/security/key-arn")))))));
    }

    @Test
    void everyRegionHasTheSameAliasAndPublishesItsKeyArn() {
        for (Deployment d : List.of(primary(), secondary())) {
            Template template = security(d);
            template.hasResourceProperties("AWS::KMS::Alias", Match.objectLike(Map.of("AliasName", "alias/acme-prod-data")));
            template.hasResourceProperties("AWS::SSM::Parameter", Match.objectLike(Map.of(
                    "Name", "/acme/prod/" + d.region() + "/security/key-arn")));
        }
    }

    @Test
    void ownedSingletonsArePresent() {
        Template template = security(secondary());
        template.resourceCountIs("AWS::GuardDuty::Detector", 1);
        template.resourceCountIs("AWS::SecurityHub::Hub", 1);
        template.resourceCountIs("AWS::Config::ConfigurationRecorder", 1);
        template.resourceCountIs("AWS::Config::DeliveryChannel", 1);
    }

    @Test
    void singletonsOwnedElsewhereAreAbsent() {
        Template template = security(TestDeployments.withoutSingletons(primary()));
        template.resourceCountIs("AWS::GuardDuty::Detector", 0);
        template.resourceCountIs("AWS::SecurityHub::Hub", 0);
        template.resourceCountIs("AWS::Config::ConfigurationRecorder", 0);
        template.resourceCountIs("AWS::CloudTrail::Trail", 0);
        template.resourceCountIs("AWS::S3::Bucket", 0);
    }

    @Test
    void trailAndFindingAggregatorOnlyWhereTheTrailIsOwned() {
        Template owner = security(primary());
        owner.hasResourceProperties("AWS::CloudTrail::Trail", Match.objectLike(Map.of("IsMultiRegionTrail", true)));
        owner.resourceCountIs("AWS::SecurityHub::FindingAggregator", 1);
        owner.hasResourceProperties("AWS::Config::ConfigurationRecorder", Match.objectLike(Map.of(
                "RecordingGroup", Match.objectLike(Map.of("IncludeGlobalResourceTypes", true)))));
        Template other = security(secondary());
        other.resourceCountIs("AWS::CloudTrail::Trail", 0);
        other.resourceCountIs("AWS::SecurityHub::FindingAggregator", 0);
        other.hasResourceProperties("AWS::Config::ConfigurationRecorder", Match.objectLike(Map.of(
                "RecordingGroup", Match.objectLike(Map.of("IncludeGlobalResourceTypes", false)))));
    }

    private static Map<String, Object> dataEventSelector(List<String> bucketNames) {
        return Map.of("AdvancedEventSelectors", Match.arrayWith(List.of(Map.of(
                "Name", "S3 data events of the data buckets",
                "FieldSelectors", List.of(
                        Map.of("Field", "eventCategory", "Equals", List.of("Data")),
                        Map.of("Field", "resources.type", "Equals", List.of("AWS::S3::Object")),
                        Map.of("Field", "resources.ARN", "StartsWith",
                                bucketNames.stream().map(name -> "arn:aws:s3:::" + name + "/").toList()))))));
    }

    @Test
    void trailRecordsTheS3DataEventsOfEveryDataBucketOfTheEnvironment() {
        security(primary()).hasResourceProperties("AWS::CloudTrail::Trail", Match.objectLike(dataEventSelector(List.of(
                "acme-prod-eu-west-2-111111111111-data",
                "acme-prod-us-east-1-111111111111-data",
                "acme-prod-ap-southeast-2-111111111111-data"))));
    }

    @Test
    void trailRecordsTheDataEventsOfTheBucketsItIsGiven() {
        Deployment d = primary();
        Template template = Template.fromStack(new SecurityStack(TestDeployments.app(), "sec", TestDeployments.props(d), d,
                List.of("acme-prod-eu-west-2-111111111111-data", "acme-test-eu-west-2-111111111111-data")));
        template.hasResourceProperties("AWS::CloudTrail::Trail", Match.objectLike(dataEventSelector(List.of(
                "acme-prod-eu-west-2-111111111111-data", "acme-test-eu-west-2-111111111111-data"))));
    }

    @Test
    void onlyTheTrailOwnerTakesDataEventBuckets() {
        Deployment d = secondary();
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new SecurityStack(TestDeployments.app(), "sec", TestDeployments.props(d), d,
                        List.of("acme-prod-us-east-1-111111111111-data")));
        org.assertj.core.api.Assertions.assertThat(e).hasMessage("prod/us-east-1 does not own the account trail, so it"
                + " cannot record the data events of [acme-prod-us-east-1-111111111111-data]");
    }

    @Test
    void auditLogBucketsSitBesideAGuardDutyDetectorWithS3Protection() {
        Template owner = security(primary());
        owner.resourcePropertiesCountIs("AWS::S3::Bucket", Match.objectLike(Map.of()), 2); // ConfigBucket, TrailBucket
        owner.hasResourceProperties("AWS::GuardDuty::Detector", Match.objectLike(Map.of(
                "Enable", true, "DataSources", Map.of("S3Logs", Map.of("Enable", true)))));
    }

    @Test
    void keyPolicyLetsCloudTrailInOnlyWhereTheTrailIs() {
        Map<String, Object> trailStatement = Map.of("KeyPolicy", Map.of("Statement", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Sid", "CloudTrailEncryptsAccountTrail"))))));
        security(primary()).hasResourceProperties("AWS::KMS::Key", Match.objectLike(trailStatement));
        security(secondary()).hasResourceProperties("AWS::KMS::ReplicaKey", Match.not(Match.objectLike(trailStatement)));
    }

    @Test
    void otherRegionsHoldTheReplicationTargetBucket() {
        security(secondary()).hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "BucketName", "acme-prod-us-east-1-111111111111-data",
                "VersioningConfiguration", Map.of("Status", "Enabled"))));
        security(primary()).resourcePropertiesCountIs("AWS::S3::Bucket", Match.objectLike(Map.of(
                "BucketName", "acme-prod-eu-west-2-111111111111-data")), 0);
    }

    @Test
    void stateFollowsTheSizing() {
        Deployment small = TestDeployments.environment(Sizing.SMALL, REGIONS).get(0);
        security(small).hasResource("AWS::KMS::Key", Match.objectLike(Map.of("DeletionPolicy", "Delete")));
        security(primary()).hasResource("AWS::KMS::Key", Match.objectLike(Map.of("DeletionPolicy", "Retain")));
    }
}
