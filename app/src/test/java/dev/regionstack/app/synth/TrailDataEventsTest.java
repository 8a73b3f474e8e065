package dev.regionstack.app.synth;

import dev.regionstack.app.TestFleets;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.stacks.SecurityStack;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account trail records the S3 data events of every data bucket in its account, including the buckets of the
 * other environments that share the account and of every region of each, and of no other account.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrailDataEventsTest {
    static final String FLEET = """
            project: acme
            environments:
              dev:
                account: "111111111111"
                regions:
                  eu-west-2: {cidr: 10.0.0.0/16, primary: true}
                  eu-west-1: {cidr: 10.1.0.0/16}
              test:
                account: "111111111111"
                regions:
                  us-east-1: {cidr: 10.0.0.0/16, primary: true}
                  eu-west-2: {cidr: 10.1.0.0/16}
              prod:
                account: "333333333333"
                regions:
                  us-east-1: {cidr: 10.20.0.0/16, primary: true}
            """;

    private Fleet fleet;
    private Map<String, Stack> stacks;

    @BeforeAll
    void build() {
        fleet = TestFleets.parse(FLEET);
        App app = new App(FleetSynthesizer.appProps(fleet, null));
        stacks = new FleetAssembler(app, fleet, FunctionsJar::locate).add(RolloutPlanner.plan(fleet), (spec, stack) -> { });
    }

    private Deployment deployment(String key) {
        return fleet.deployments().stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theTrailOwnerNamesEveryDataBucketOfItsAccountInFileOrder() {
        assertThat(SecurityStack.trailDataBuckets(fleet, deployment("dev/eu-west-2"))).containsExactly(
                "acme-dev-eu-west-2-111111111111-data",
                "acme-dev-eu-west-1-111111111111-data",
                "acme-test-us-east-1-111111111111-data",
                "acme-test-eu-west-2-111111111111-data");
        assertThat(SecurityStack.trailDataBuckets(fleet, deployment("prod/us-east-1")))
                .containsExactly("acme-prod-us-east-1-333333333333-data");
    }

    @Test
    void noOtherDeploymentNamesAny() {
        for (String key : List.of("dev/eu-west-1", "test/us-east-1", "test/eu-west-2")) {
            assertThat(SecurityStack.trailDataBuckets(fleet, deployment(key))).as(key).isEmpty();
        }
    }

    /** account -> the ARN prefixes of its trails' data selectors (one trail per account), from the templates. */
    @SuppressWarnings("unchecked")
    private Map<String, List<String>> trailPrefixes() {
        Map<String, List<String>> byAccount = new TreeMap<>();
        stacks.forEach((name, stack) -> Template.fromStack(stack).findResources("AWS::CloudTrail::Trail").values().forEach(trail -> {
            List<String> prefixes = new ArrayList<>();
            var properties = (Map<String, Object>) trail.get("Properties");
            for (Object selector : (List<Object>) properties.get("AdvancedEventSelectors")) {
                for (Object field : (List<Object>) ((Map<String, Object>) selector).get("FieldSelectors")) {
                    var f = (Map<String, Object>) field;
                    if ("resources.ARN".equals(f.get("Field"))) prefixes.addAll((List<String>) f.get("StartsWith"));
                }
            }
            assertThat(byAccount.put(stack.getAccount(), prefixes)).as("a second trail in " + stack.getAccount()).isNull();
        }));
        return byAccount;
    }

    /** account -> the data buckets the templates create (the primaries' in the data stacks, the others' in security). */
    private Map<String, List<String>> dataBuckets() {
        Map<String, List<String>> byAccount = new TreeMap<>();
        stacks.forEach((name, stack) -> Template.fromStack(stack).findResources("AWS::S3::Bucket").values().forEach(bucket -> {
            Object bucketName = ((Map<?, ?>) bucket.get("Properties")).get("BucketName");
            if (bucketName instanceof String s && s.endsWith("-" + stack.getAccount() + "-data")) {
                byAccount.computeIfAbsent(stack.getAccount(), a -> new ArrayList<>()).add(s);
            }
        }));
        return byAccount;
    }

    @Test
    void everyDataBucketOfTheAssemblyIsRecordedByItsAccountsTrailAndNothingElse() {
        Map<String, List<String>> buckets = dataBuckets();
        assertThat(buckets.get("111111111111")).hasSize(4);
        assertThat(buckets.get("333333333333")).hasSize(1);
        Map<String, List<String>> prefixes = trailPrefixes();
        assertThat(prefixes.keySet()).isEqualTo(buckets.keySet());
        buckets.forEach((account, names) -> assertThat(prefixes.get(account)).as(account)
                .containsExactlyInAnyOrderElementsOf(names.stream().map(n -> "arn:aws:s3:::" + n + "/").toList()));
    }
}
