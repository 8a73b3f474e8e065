package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Sizing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every stack of a large six-region environment: limits, and no export crossing a region. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SixRegionEnvironmentTest {
    private static final Pattern IMPORT = Pattern.compile("\"Fn::ImportValue\":\"([^\"]+)\"");
    private final Map<Stack, String> templates = new LinkedHashMap<>();
    private List<RegionStacks> env;

    @BeforeAll
    void synth() throws Exception {
        env = RegionStacks.buildAll(TestDeployments.environment(Sizing.LARGE, TestDeployments.SIX_REGIONS));
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (RegionStacks region : env) {
            for (Stack stack : List.of(region.security(), region.network(), region.peering(), region.data())) {
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
    void noExportsInSecurityNetworkOrPeering() {
        for (RegionStacks region : env) {
            for (Stack stack : List.of(region.security(), region.network(), region.peering())) {
                assertThat(templates.get(stack)).as(stack.getStackName()).doesNotContain("Fn::ImportValue");
            }
        }
    }

    @Test
    void dataStacksImportOnlyFromTheirOwnRegionsStacks() {
        for (RegionStacks region : env) {
            List<String> exporters = new ArrayList<>();
            Matcher m = IMPORT.matcher(templates.get(region.data()));
            while (m.find()) {
                exporters.add(m.group(1).substring(0, m.group(1).indexOf(':')));
            }
            assertThat(exporters).as(region.data().getStackName())
                    .isNotEmpty()
                    .allMatch(s -> s.equals(region.security().getStackName()) || s.equals(region.network().getStackName()));
        }
    }
}
