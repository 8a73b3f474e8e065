package dev.regionstack.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TagsTest {
    @TempDir Path dir;

    private static final Map<String, String> TAGS = Map.of("Project", "acme", "Region", "eu-west-1");

    @Test
    void aTaggableResourceWithoutTheStacksTagsFailsAndAnUntaggableOneIsLeftAlone() {
        String template = """
                {"Resources": {
                  "Tagged": {"Type": "AWS::SNS::Topic", "Properties": {"Tags": [{"Key": "Project", "Value": "acme"}, {"Key": "Region", "Value": "eu-west-1"}]}},
                  "Bare": {"Type": "AWS::SNS::Topic"},
                  "Map": {"Type": "AWS::SSM::Parameter", "Properties": {"Tags": {"Project": "acme", "Region": "eu-west-1"}}},
                  "Untaggable": {"Type": "AWS::SNS::TopicPolicy"}}}""";
        assertThat(new TestAssembly().stack("s", "111111111111", "eu-west-1", template, TAGS).problems(dir, "tags")).containsExactly(
                "error: s/Bare: AWS::SNS::Topic takes tags, but it lacks the stack's tags Project, Region; tag it (Tags.of(scope)"
                        + " reaches only taggable constructs: set the tags of generated resources explicitly)");
    }

    @Test
    void aGlobalTableReplicaCarriesItsOwnRegion() {
        String template = """
                {"Resources": {"T": {"Type": "AWS::DynamoDB::GlobalTable", "Properties": {"Replicas": [
                  {"Region": "eu-west-1", "Tags": [{"Key": "Project", "Value": "acme"}, {"Key": "Region", "Value": "eu-west-1"}]},
                  {"Region": "eu-west-2", "Tags": [{"Key": "Project", "Value": "acme"}, {"Key": "Region", "Value": "eu-west-1"}]}]}}}}""";
        assertThat(new TestAssembly().stack("s", "111111111111", "eu-west-1", template, TAGS).problems(dir, "tags")).singleElement()
                .asString().contains("the replica in eu-west-2 lacks the stack's tag Region=eu-west-2 (has eu-west-1)");
    }

    @Test
    void aRegionTagTheFileSetsGoesOnEveryReplicaAsItIs() {
        String template = """
                {"Resources": {"T": {"Type": "AWS::DynamoDB::GlobalTable", "Properties": {"Replicas": [
                  {"Region": "eu-west-1", "Tags": [{"Key": "Region", "Value": "emea"}]},
                  {"Region": "eu-west-2", "Tags": [{"Key": "Region", "Value": "eu-west-2"}]}]}}}}""";
        assertThat(new TestAssembly().stack("s", "111111111111", "eu-west-1", template, Map.of("Region", "emea")).problems(dir, "tags"))
                .singleElement().asString().contains("the replica in eu-west-2 lacks the stack's tag Region=emea (has eu-west-2)");
    }
}
