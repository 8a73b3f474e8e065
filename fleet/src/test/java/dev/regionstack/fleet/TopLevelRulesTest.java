package dev.regionstack.fleet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.regionstack.fleet.Fleets.MINIMAL;
import static dev.regionstack.fleet.Fleets.rule;
import static org.assertj.core.api.Assertions.assertThat;

/** One case per rule of the file's top level: project, environments, unknown and misplaced keys. */
class TopLevelRulesTest {

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("project is required", """
                        environments:
                          prod:
                            account: "111111111111"
                            regions:
                              us-east-1: {cidr: 10.0.0.0/16, primary: true}
                        """,
                        "error: fleet.yaml:1:1: project: missing required key `project`: the prefix of every physical name, e.g. project: acme"),
                rule("project matches ^[a-z][a-z0-9-]{1,18}[a-z0-9]$", MINIMAL.replace("project: acme", "project: Acme"),
                        "error: fleet.yaml:1:10: project: `Acme` is not valid: 3 to 20 lower-case letters, digits and hyphens, "
                                + "starting with a letter and not ending with a hyphen (it prefixes every physical name), e.g. acme"),
                rule("project may not end with a hyphen", MINIMAL.replace("project: acme", "project: acme-"),
                        "error: fleet.yaml:1:10: project: `acme-` is not valid: 3 to 20 lower-case letters, digits and hyphens, "
                                + "starting with a letter and not ending with a hyphen (it prefixes every physical name), e.g. acme"),
                rule("environments is required", "project: acme\n",
                        "error: fleet.yaml:1:1: environments: missing required key `environments`: at least one environment, "
                                + "e.g. prod: {account: \"111111111111\", regions: {...}}"),
                rule("at least one environment", "project: acme\nenvironments: {}\n",
                        "error: fleet.yaml:2:1: environments: the fleet needs at least one environment, "
                                + "e.g. prod: {account: \"111111111111\", regions: {...}}"),
                rule("environments is a map", "project: acme\nenvironments: [prod]\n",
                        "error: fleet.yaml:2:15: environments: expected a map (prod: {account: ..., regions: ...}), got a list"),
                rule("unknown key gets a did-you-mean", MINIMAL + "default: {sizing: small}\n",
                        "error: fleet.yaml:7:1: default: unknown key `default`; did you mean `defaults`?"),
                rule("unknown key far from any lists the allowed keys", MINIMAL + "owner: me\n",
                        "error: fleet.yaml:7:1: owner: unknown key `owner`; allowed: project, tags, dns, defaults, environments"),
                rule("the file is a map", "- project\n",
                        "error: fleet.yaml:1:1: (file): expected a map (project: acme, environments: {...}), got a list"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsTheRule(String rule, String yaml, String expected) {
        assertThat(Fleets.problems(yaml)).containsExactly(expected);
    }
}
