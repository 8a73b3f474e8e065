package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Sizing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every stack of a large six-region environment: limits, and no exports at all. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SixRegionEnvironmentTest {
    private final Map<Stack, String> templates = new LinkedHashMap<>();
    private List<RegionStacks> env;

    @BeforeAll
    void synth() throws Exception {
        env = RegionStacks.buildAll(TestDeployments.environment(Sizing.LARGE, TestDeployments.SIX_REGIONS));
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (RegionStacks region : env) {
            for (Stack stack : java.util.stream.Stream.of(region.security(), region.network(), region.peering(),
                    region.peeringRoutes(), region.data()).filter(java.util.Objects::nonNull).toList()) {
                templates.put(stack, mapper.writeValueAsString(Template.fromStack(stack).toJSON()));
            }
        }
    }

    @Test
    void everyStackWellUnderTheResourceLimit() {
        for (Stack stack : templates.keySet()) {
            int resources = Template.fromStack(stack).toJSON().get("Resources") instanceof Map<?, ?> m ? m.size() : -1;
            assertThat(resources).as(stack.getStackName()).isBetween(1, 200);
        }
    }

    @Test
    void everyTemplateWellUnderTheSizeLimit() {
        templates.forEach((stack, json) -> assertThat(json.length()).as(stack.getStackName()).isLessThan(200_000));
    }

    @Test
    void noExportsInAnyTemplate() {
        templates.forEach((stack, json) -> assertThat(json).as(stack.getStackName()).doesNotContain("Fn::ImportValue"));
    }

    @Test
    void dataStacksDependOnTheirRegionsSecurityAndNetworkStacks() {
        for (RegionStacks region : env) {
            assertThat(region.data().getDependencies()).as(region.data().getStackName())
                    .containsExactlyInAnyOrder(region.security(), region.network());
        }
    }

    @Test
    void dataStacksReadTheRegionsKeyAndSubnetsFromSsm() {
        RegionStacks region = env.get(3);
        Template template = Template.fromStack(region.data());
        template.hasParameter("*", Map.of("Type", "AWS::SSM::Parameter::Value<String>", "Default", "/acme/prod/eu-west-1/security/key-arn"));
        template.hasParameter("*", Map.of("Type", "AWS::SSM::Parameter::Value<String>", "Default", "/acme/prod/eu-west-1/network/vpc-id"));
        template.hasParameter("*", Map.of("Type", "AWS::SSM::Parameter::Value<String>",
                "Default", "/acme/prod/eu-west-1/network/isolated-subnet-ids"));
    }
}
