package dev.regionstack.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LimitsAndNamesTest {
    @TempDir Path dir;

    @Test
    void moreThan500ResourcesFail() {
        String resources = IntStream.range(0, 501).mapToObj(i -> "\"T" + i + "\": {\"Type\": \"AWS::SNS::Topic\"}")
                .collect(Collectors.joining(",", "{\"Resources\": {", "}}"));
        assertThat(new TestAssembly().stack("big", resources).problems(dir, "limits")).containsExactly(
                "error: big/Resources: the template declares 501 resources, over CloudFormation's 500 per stack; split the layer into more stacks");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "AWS::S3::Bucket|BucketName|abcdefghij-klmnopqrs-abcdefghij-ap-southeast-2-111111111111-data|BucketName abcdefghij-klmnopqrs-abcdefghij-ap-southeast-2-111111111111-data: it is 64 characters, 1 over S3's 63",
            "AWS::S3::Bucket|BucketName|xn--acme-dev-data|BucketName xn--acme-dev-data: it starts with the reserved prefix xn--, which S3 refuses",
            "AWS::S3::Bucket|BucketName|sthree-acme-dev-data|BucketName sthree-acme-dev-data: it starts with the reserved prefix sthree-, which S3 refuses",
            "AWS::S3::Bucket|BucketName|acme-s3alias|BucketName acme-s3alias: it ends with the reserved suffix -s3alias, which S3 refuses",
            "AWS::RDS::DBCluster|DBClusterIdentifier|ab--cd-dev-aurora|DBClusterIdentifier ab--cd-dev-aurora: it has two hyphens in a row, which RDS refuses",
            "AWS::ElasticLoadBalancingV2::TargetGroup|Name|a-target-group-name-of-33-charact|Name a-target-group-name-of-33-charact: it is 33 characters, 1 over Elastic Load Balancing's 32",
            "AWS::IAM::Role|RoleName|a-role-name-that-is-far-too-long-for-iam-because-it-has-65-chars1|RoleName a-role-name-that-is-far-too-long-for-iam-because-it-has-65-chars1: it is 65 characters, 1 over IAM's 64",
    })
    void aNameAwsRefusesFails(String type, String property, String name, String expected) {
        String template = "{\"Resources\": {\"R\": {\"Type\": \"" + type + "\", \"Properties\": {\"" + property + "\": \"" + name + "\"}}}}";
        assertThat(new TestAssembly().stack("s", template).problems(dir, "names")).singleElement().asString()
                .startsWith("error: s/R: " + expected);
    }

    @Test
    void namesWithinTheRulesPass() {
        String template = """
                {"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": "acme-dev-eu-west-1-111111111111-data"}},
                  "C": {"Type": "AWS::RDS::DBCluster", "Properties": {"DBClusterIdentifier": "acme-dev-eu-west-1-aurora"}},
                  "P": {"Type": "AWS::SSM::Parameter", "Properties": {"Name": "/acme/dev/eu-west-1/app/alb-arn", "Type": "String", "Value": "x"}}}}""";
        assertThat(new TestAssembly().stack("s", template).problems(dir, "names")).isEmpty();
    }

    @Test
    void aParameterPathDeeperThan15LevelsFails() {
        String name = "/a".repeat(16);
        String template = "{\"Resources\": {\"P\": {\"Type\": \"AWS::SSM::Parameter\", \"Properties\": {\"Name\": \"" + name + "\"}}}}";
        assertThat(new TestAssembly().stack("s", template).problems(dir, "names")).singleElement().asString()
                .contains("is 16 levels deep, over Systems Manager's 15");
    }
}
