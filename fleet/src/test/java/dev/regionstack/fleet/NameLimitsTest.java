package dev.regionstack.fleet;

import dev.regionstack.fleet.sample.SampleFleets;
import dev.regionstack.names.PhysicalNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.stream.Stream;

import static dev.regionstack.fleet.Fleets.rule;
import static org.assertj.core.api.Assertions.assertThat;

/** The validator refuses a file whose physical names AWS would refuse, naming the key to change. */
class NameLimitsTest {
    private static String fleet(String project, String environment, String region) {
        return "project: " + project + "\nenvironments:\n  " + environment + ":\n    account: \"111111111111\"\n    regions:\n      "
                + region + ": {cidr: 10.0.0.0/16, primary: true}\n";
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("a bucket name over 63 characters", fleet("abcdefghij-klmnopqrs", "abcdefghij", "ap-southeast-2"),
                        "error: fleet.yaml:3:3: environments.abcdefghij: in ap-southeast-2, the data bucket would be named"
                                + " abcdefghij-klmnopqrs-abcdefghij-ap-southeast-2-111111111111-data, and it is 64 characters, 1 over"
                                + " S3's 63: shorten `project` or the environment name `abcdefghij` by at least 1 character"),
                rule("S3's reserved xn-- prefix", fleet("xn--acme", "dev", "eu-west-1"),
                        "error: fleet.yaml:3:3: environments.dev: in eu-west-1, the data bucket would be named"
                                + " xn--acme-dev-eu-west-1-111111111111-data, and it starts with the reserved prefix xn--, which S3"
                                + " refuses: change `project`",
                        "error: fleet.yaml:3:3: environments.dev: in eu-west-1, the Aurora cluster would be named"
                                + " xn--acme-dev-eu-west-1-aurora, and it has two hyphens in a row, which RDS refuses: change `project`"
                                + " or the environment name `dev`",
                        "error: fleet.yaml:3:3: environments.dev: the Aurora global database would be named xn--acme-dev-aurora,"
                                + " and it has two hyphens in a row, which RDS refuses: change `project` or the environment name `dev`",
                        "error: fleet.yaml:3:3: environments.dev: the image repository would be named xn--acme-dev/app, and it has"
                                + " two separators (`.`, `_` or `-`) in a row, which ECR refuses: change `project` or the environment name `dev`"),
                rule("S3's reserved sthree- prefix", fleet("sthree-acme", "dev", "eu-west-1"),
                        "error: fleet.yaml:3:3: environments.dev: in eu-west-1, the data bucket would be named"
                                + " sthree-acme-dev-eu-west-1-111111111111-data, and it starts with the reserved prefix sthree-, which S3"
                                + " refuses: change `project`"),
                rule("two hyphens in an RDS identifier", fleet("ab--cd", "dev", "eu-west-1"),
                        "error: fleet.yaml:3:3: environments.dev: in eu-west-1, the Aurora cluster would be named"
                                + " ab--cd-dev-eu-west-1-aurora, and it has two hyphens in a row, which RDS refuses: change `project` or"
                                + " the environment name `dev`",
                        "error: fleet.yaml:3:3: environments.dev: the Aurora global database would be named ab--cd-dev-aurora,"
                                + " and it has two hyphens in a row, which RDS refuses: change `project` or the environment name `dev`",
                        "error: fleet.yaml:3:3: environments.dev: the image repository would be named ab--cd-dev/app, and it has"
                                + " two separators (`.`, `_` or `-`) in a row, which ECR refuses: change `project` or the environment name `dev`"),
                rule("a certificate domain over ACM's 64 characters", """
                        project: acme
                        dns: {zoneName: platform.engineering.subsidiary.example.com, zoneId: Z0123456789ABCDEFGHIJ}
                        environments:
                          staging:
                            account: "111111111111"
                            regions:
                              ap-southeast-2: {cidr: 10.0.0.0/16, primary: true}
                        """,
                        "error: fleet.yaml:4:3: environments.staging: in ap-southeast-2, the regional certificate's domain would be"
                                + " named ap-southeast-2.staging.platform.engineering.subsidiary.example.com, and it is 66 characters, 2"
                                + " over ACM's 64: shorten the environment name `staging` (or set a shorter `dns.recordName`) or `dns.zoneName`"
                                + " by at least 2 characters"));
    }

    private static Arguments rule(String rule, String yaml, String... expected) {
        return Arguments.of(rule, yaml, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsTheName(String rule, String yaml, String[] expected) {
        assertThat(Fleets.problems(yaml)).containsExactlyInAnyOrder(expected);
    }

    @Test
    void theLongestNamesTheValidatorAcceptsAreWithinEveryRuleInEveryRegion() {
        // 19 + 10 + the longest region code fit the bucket name exactly; every other name then fits too
        for (String region : Regions.all()) {
            String yaml = fleet("abcdefghij-klmnopqr", "abcdefghij", region);
            assertThat(FleetLoader.load("fleet.yaml", yaml)).as(region).isInstanceOf(LoadResult.Loaded.class);
            for (PhysicalNames.Named n : PhysicalNames.of("abcdefghij-klmnopqr", "abcdefghij", region, "111111111111",
                    Optional.of(new PhysicalNames.Domain("abcdefghij", "acme.example.com")))) {
                assertThat(n.problem()).as(n.what() + " " + n.name()).isEmpty();
            }
        }
    }

    @Test
    void generatedFleetsPass() {
        for (long seed = 0; seed < 20; seed++) {
            assertThat(FleetLoader.load("fleet.yaml", SampleFleets.generate(seed, 3, 3, java.util.List.of()))).isInstanceOf(LoadResult.Loaded.class);
        }
    }
}
