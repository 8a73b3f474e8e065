package dev.regionstack.fleet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.regionstack.fleet.Fleets.MINIMAL;
import static dev.regionstack.fleet.Fleets.rule;
import static org.assertj.core.api.Assertions.assertThat;

/** A key written at the wrong level says where it belongs. */
class PlacementRulesTest {
    private static final String REGION_LINE = "      us-east-1: {cidr: 10.0.0.0/16, primary: true}";

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("sizing at the top belongs in defaults or an environment", MINIMAL + "sizing: small\n",
                        "error: fleet.yaml:7:1: sizing: `sizing` cannot be set here: it belongs under `defaults` "
                                + "(every environment inherits it) or under an environment"),
                rule("regions at the top belongs to an environment", MINIMAL + "regions: {}\n",
                        "error: fleet.yaml:7:1: regions: `regions` cannot be set here: it belongs to an environment: "
                                + "environments.<name>.regions"),
                rule("account in defaults is per environment", MINIMAL + "defaults:\n  account: \"111111111111\"\n",
                        "error: fleet.yaml:8:3: defaults.account: `account` cannot be set here: it is set per environment, "
                                + "not in defaults: environments.<name>.account"),
                rule("cidr in defaults belongs to a region", MINIMAL + "defaults:\n  cidr: 10.0.0.0/16\n",
                        "error: fleet.yaml:8:3: defaults.cidr: `cidr` cannot be set here: it belongs to a region: "
                                + "environments.<name>.regions.<region>.cidr"),
                rule("cidr in an environment belongs to a region", MINIMAL.replace("    regions:", "    cidr: 10.0.0.0/16\n    regions:"),
                        "error: fleet.yaml:5:5: environments.prod.cidr: `cidr` cannot be set here: it belongs to a region: "
                                + "environments.prod.regions.<region>.cidr"),
                rule("project in an environment is a top-level key", MINIMAL.replace("    regions:", "    project: acme\n    regions:"),
                        "error: fleet.yaml:5:5: environments.prod.project: `project` cannot be set here: it is a top-level key; "
                                + "move it to the top of the file (no indentation)"),
                rule("sizing in a region is per environment", MINIMAL.replace(REGION_LINE,
                                "      us-east-1:\n        cidr: 10.0.0.0/16\n        primary: true\n        sizing: large"),
                        "error: fleet.yaml:9:9: environments.prod.regions.us-east-1.sizing: `sizing` cannot be set here: it is set "
                                + "per environment, not per region (the global table and the Aurora global cluster span the "
                                + "environment); move it to environments.prod.sizing"),
                rule("aurora on or off in a region is per environment", MINIMAL.replace(REGION_LINE,
                                "      us-east-1:\n        cidr: 10.0.0.0/16\n        primary: true\n        data: {aurora: false}"),
                        "error: fleet.yaml:9:24: environments.prod.regions.us-east-1.data.aurora: expected a map of this region's "
                                + "cluster settings (instanceClass, performanceInsights, readers), got the boolean false; Aurora is "
                                + "on or off for the whole environment: set environments.prod.data.aurora"),
                rule("the global table in a region is per environment", MINIMAL.replace(REGION_LINE,
                                "      us-east-1:\n        cidr: 10.0.0.0/16\n        primary: true\n        data: {globalTable: {consistency: eventual}}"),
                        "error: fleet.yaml:9:16: environments.prod.regions.us-east-1.data.globalTable: `globalTable` cannot be set "
                                + "here: it is set per environment, not per region (one global table spans the environment); move it "
                                + "to environments.prod.data.globalTable"),
                rule("the Aurora engine in a region is per environment", MINIMAL.replace(REGION_LINE,
                                "      us-east-1:\n        cidr: 10.0.0.0/16\n        primary: true\n        data: {aurora: {version: \"16.6\"}}"),
                        "error: fleet.yaml:9:25: environments.prod.regions.us-east-1.data.aurora.version: `version` cannot be set "
                                + "here: it is set per environment, not per region (every cluster of the Aurora global database shares "
                                + "it); move it to environments.prod.data.aurora.version"),
                rule("account in a region is per environment", MINIMAL.replace(REGION_LINE,
                                "      us-east-1:\n        cidr: 10.0.0.0/16\n        primary: true\n        account: \"111111111111\""),
                        "error: fleet.yaml:9:9: environments.prod.regions.us-east-1.account: `account` cannot be set here: it is set "
                                + "per environment; move it to environments.prod.account"),
                rule("YAML merge keys are refused with a reason", MINIMAL + "defaults:\n  <<: {sizing: small}\n",
                        "error: fleet.yaml:8:3: defaults.<<: YAML merge keys (`<<`) are not supported; write the keys out, "
                                + "or rely on `defaults`, which environments and regions inherit"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void saysWhereTheKeyBelongs(String rule, String yaml, String expected) {
        assertThat(Fleets.problems(yaml)).containsExactly(expected);
    }
}
