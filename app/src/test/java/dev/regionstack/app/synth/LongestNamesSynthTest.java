package dev.regionstack.app.synth;

import dev.regionstack.app.TestFleets;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.fleet.FleetLoader;
import dev.regionstack.fleet.LoadResult;
import dev.regionstack.fleet.Regions;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.verify.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The longest names the validator accepts synthesize in every region of the built-in table, and every name in the
 * assembly passes AWS's rules (the deploy simulation's {@code names} check runs on it: its only findings are what
 * some regions do not offer). The data bucket,
 * {@code <project>-<env>-<region>-<account>-data}, is the tightest name: a 20-character project fits with a
 * 10-character environment up to 13-character region codes and with a 9-character one in 14-character codes. The
 * validator refuses one character more ({@code NameLimitsTest}).
 */
class LongestNamesSynthTest {
    static final String PROJECT = "abcdefghij-klmnopqrs";
    static final int REGIONS_PER_ENVIRONMENT = 3;
    @TempDir static Path out;
    static Fleet fleet;
    static SynthResult result;

    @BeforeAll
    static void synth() {
        fleet = TestFleets.parse(yaml());
        result = FleetSynthesizer.synth(fleet, RolloutPlanner.plan(fleet), out, line -> { });
    }

    /** Environments of up to three regions whose codes have the same length, named as long as the bucket allows. */
    static String yaml() {
        StringBuilder y = new StringBuilder("project: " + PROJECT + "\n"
                + "dns: {zoneName: example.com, zoneId: Z0123456789ABCDEFGHIJ}\n"
                + "defaults:\n  components: [network, security, data, app, api, edge, dns]\n"
                + "environments:\n");
        List<String> shortCodes = new ArrayList<>();
        List<String> longCodes = new ArrayList<>();
        for (String region : Regions.all()) (region.length() >= 14 ? longCodes : shortCodes).add(region);
        int env = 0;
        for (List<String> codes : List.of(shortCodes, longCodes)) {
            for (int i = 0; i < codes.size(); i += REGIONS_PER_ENVIRONMENT, env++) {
                String name = (codes == longCodes ? "abcdefg" : "abcdefgh") + String.format(Locale.ROOT, "%02d", env);
                y.append("  ").append(name).append(":\n")
                        .append("    account: \"").append(String.format(Locale.ROOT, "%012d", 100_000_000_000L + env)).append("\"\n")
                        .append("    regions:\n");
                List<String> regions = codes.subList(i, Math.min(codes.size(), i + REGIONS_PER_ENVIRONMENT));
                for (int r = 0; r < regions.size(); r++) {
                    y.append("      ").append(regions.get(r)).append(": {cidr: 10.").append(r).append(".0.0/16")
                            .append(r == 0 ? ", primary: true" : "").append("}\n");
                }
            }
        }
        return y.toString();
    }

    @Test
    void theFleetSpansEveryRegionWithTheLongestAcceptedNames() {
        assertThat(fleet.deployments()).extracting(d -> d.region()).containsExactlyInAnyOrderElementsOf(Regions.all());
        assertThat(fleet.deployments()).allSatisfy(d -> assertThat(PROJECT.length() + d.environment().length() + d.region().length())
                .as(d.region()).isEqualTo(d.region().length() >= 14 ? 43 : 30 + d.region().length()));
    }

    @Test
    void oneCharacterMoreIsRefused() {
        String longer = yaml().replaceAll("  (abcdefg\\d\\d):", "  $1z:");
        LoadResult loaded = FleetLoader.load("fleet.yaml", longer);
        assertThat(loaded).isInstanceOf(LoadResult.Invalid.class);
        assertThat(((LoadResult.Invalid) loaded).problems()).extracting(dev.regionstack.fleet.Problem::message)
                .allMatch(p -> p.contains("the data bucket would be named") && p.contains("1 over S3's 63"))
                .hasSize(10);
    }

    @Test
    void everyRegionSynthesizesAndTheDeploySimulationFindsNoNameOverAwsLimits() {
        assertThat(result.errors()).isEmpty();
        assertThat(result.stacks()).hasSize(RolloutPlanner.plan(fleet).stacks().size());
        assertThat(result.verify().problems()).extracting(Problem::check).containsOnly("availability");
        assertThat(result.verify().stacks()).isEqualTo(result.stacks().size());
    }

    /**
     * What CloudFormation's resource schemas (aws-cdk-lib 2.263.0's validation) say these regions lack: the credits
     * notifications' SES templates, Security Hub's finding aggregator (made in each environment's primary region),
     * and the small sizing's Aurora class. Each fails the deploy of its stack, so each is a problem, not a warning.
     */
    @Test
    void whatARegionDoesNotOfferIsADeployProblem() {
        Set<String> noSesTemplates = Set.of("ap-east-1", "ap-east-2", "ap-southeast-4", "ap-southeast-6", "ap-southeast-7", "eu-south-2",
                "mx-central-1");
        Set<String> noFindingAggregator = Set.of("af-south-1", "ap-east-2", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7",
                "eu-central-2", "eu-south-2", "me-central-1", "mx-central-1");
        Set<String> expected = new TreeSet<>();
        for (Deployment d : fleet.deployments()) {
            String stack = PROJECT + "-" + d.environment() + "-" + d.region();
            if (noSesTemplates.contains(d.region())) expected.add(stack + "-api AWS::SES::Template");
            if (d.primary() && noFindingAggregator.contains(d.region())) expected.add(stack + "-security AWS::SecurityHub::FindingAggregator");
            if (d.region().equals("il-central-1")) expected.add(stack + "-data DBInstanceClass db.t4g.medium");
        }
        Set<String> found = new TreeSet<>();
        for (Problem p : result.verify().problems()) found.add(p.stack() + " " + p.what().replaceFirst(" (does not exist|is not offered) in .*$", ""));
        assertThat(found).containsExactlyElementsOf(expected);
    }
}
