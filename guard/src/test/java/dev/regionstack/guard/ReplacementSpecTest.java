package dev.regionstack.guard;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated facts: these pass only if the build ran tools/service-spec/extract.mjs over the pinned spec. */
class ReplacementSpecTest {
    private final ReplacementSpec spec = ReplacementSpec.builtIn();

    @Test
    void comesFromThePinnedSpecVersion() {
        String pinned = Assemblies.readJson(Path.of("../tools/service-spec/package.json"))
                .path("dependencies").path("@aws-cdk/aws-service-spec").asText();

        assertThat(spec.sourceVersion()).isEqualTo(pinned);
    }

    @Test
    void bucketNameReplacesTheBucket() {
        assertThat(spec.replacementOf("AWS::S3::Bucket", "BucketName")).isEqualTo(Replacement.ALWAYS);
    }

    @Test
    void tableKeySchemaReplacesTheTable() {
        assertThat(spec.replacementOf("AWS::DynamoDB::Table", "KeySchema")).isEqualTo(Replacement.ALWAYS);
    }

    @Test
    void clusterEngineMayReplaceTheCluster() {
        assertThat(spec.replacementOf("AWS::RDS::DBCluster", "Engine")).isEqualTo(Replacement.CONDITIONAL);
    }

    @Test
    void vpcCidrBlockReplacesTheVpc() {
        assertThat(spec.replacementOf("AWS::EC2::VPC", "CidrBlock")).isEqualTo(Replacement.ALWAYS);
    }

    @Test
    void serviceDesiredCountIsUpdatedInPlace() {
        assertThat(spec.replacementOf("AWS::ECS::Service", "DesiredCount")).isEqualTo(Replacement.NONE);
    }

    @Test
    void globalTableConsistencyIsAGuardRule() {
        assertThat(spec.replacementOf("AWS::DynamoDB::GlobalTable", "MultiRegionConsistency"))
                .isEqualTo(Replacement.GUARD_RULE);
    }

    @Test
    void tablesAreStatefulBySpec() {
        assertThat(spec.isStateful("AWS::DynamoDB::Table")).isTrue();
    }

    /** The search layer's domain holds the indexed logs: its replacement or removal is DATA LOSS. */
    @Test
    void openSearchDomainsAreStatefulBySpecAndANewNameReplacesThem() {
        assertThat(spec.specMarksStateful("AWS::OpenSearchService::Domain")).isTrue();
        assertThat(spec.replacementOf("AWS::OpenSearchService::Domain", "DomainName")).isEqualTo(Replacement.ALWAYS);
    }

    @Test
    void globalClustersAreStatefulByGuardRule() {
        assertThat(spec.isStateful("AWS::RDS::GlobalCluster")).isTrue();
    }

    @Test
    void metricsAndDashboardWorkspacesAreStatefulByGuardRule() {
        assertThat(spec.isStateful("AWS::APS::Workspace")).isTrue();
        assertThat(spec.isStateful("AWS::Grafana::Workspace")).isTrue();
        assertThat(spec.specReplacingProperties("AWS::APS::Workspace")).contains("KmsKeyArn");
    }

    @Test
    void vpcsAreNotStateful() {
        assertThat(spec.isStateful("AWS::EC2::VPC")).isFalse();
    }

    // If a spec upgrade starts to say what a guard rule says, these fail: drop the guard's entry then.
    @Test
    void extraStatefulTypesAreOnlyThoseTheSpecMisses() {
        assertThat(GuardRules.EXTRA_STATEFUL).noneMatch(spec::specMarksStateful);
    }

    @Test
    void extraReplacingPropertiesAreOnlyThoseTheSpecMisses() {
        GuardRules.EXTRA_REPLACING.forEach((type, properties) -> assertThat(properties)
                .allMatch(property -> spec.specReplacementOf(type, property) == Replacement.NONE));
    }

    // Catches a misspelt type in GuardRules: every real type here has replacing properties in the spec.
    @Test
    void guardRuleTypesAreSpecTypes() {
        assertThat(GuardRules.FOUNDATION_TYPES).allMatch(type -> !spec.specReplacingProperties(type).isEmpty());
        assertThat(GuardRules.EXTRA_STATEFUL).allMatch(type -> !spec.specReplacingProperties(type).isEmpty());
        assertThat(GuardRules.EXTRA_REPLACING.keySet()).allMatch(type -> !spec.specReplacingProperties(type).isEmpty());
    }
}
