package dev.regionstack.app.guardrails;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.platform.guardrails.Reasons;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guardrail reasons are facts: what the suppressions and the accepted Control Tower findings say about the audit of
 * the buckets holds in the synthesized templates of every guardrail fleet.
 *
 * <ul>
 *   <li>the account trail records the S3 data events of every data bucket in its account (the claim of the data
 *       buckets' suppressions and of the accepted s3_bucket_logging / s3_event_notifications findings);</li>
 *   <li>every account and region with the security component has a GuardDuty detector with S3 protection (the
 *       claim of the log and event buckets' suppressions and of the same accepted findings);</li>
 *   <li>a suppression that names either claim sits on a resource for which it holds, and no other reason speaks
 *       of data events.</li>
 * </ul>
 */
class GuardrailClaimsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One stack of a synthesized fleet: where it deploys and its template. */
    record Synthesized(StackSpec spec, JsonNode template) {
        String accountRegion() { return spec.account() + "/" + spec.region(); }
    }

    static Stream<String> fleets() { return GuardrailFleets.names().stream(); }

    private static List<Synthesized> stacks(String fleet) throws IOException {
        var synthesized = GuardrailFleets.get(fleet);
        List<Synthesized> all = new ArrayList<>();
        for (StackSpec spec : RolloutPlanner.plan(synthesized.fleet()).stacks()) {
            all.add(new Synthesized(spec, JSON.readTree(synthesized.result().outdir()
                    .resolve(spec.name() + ".template.json").toFile())));
        }
        return all;
    }

    private static Iterable<Map.Entry<String, JsonNode>> resources(JsonNode template) {
        return template.path("Resources").properties();
    }

    /** account -> ARN prefixes the account trail's S3 data event selector names (the data selector only). */
    private static Map<String, Set<String>> trailDataEventPrefixes(List<Synthesized> stacks) {
        Map<String, Set<String>> byAccount = new HashMap<>();
        for (Synthesized s : stacks) {
            for (var r : resources(s.template())) {
                if (!r.getValue().path("Type").asText().equals("AWS::CloudTrail::Trail")) continue;
                Set<String> prefixes = new HashSet<>();
                for (JsonNode selector : r.getValue().path("Properties").path("AdvancedEventSelectors")) {
                    Map<String, JsonNode> fields = new HashMap<>();
                    selector.path("FieldSelectors").forEach(f -> fields.put(f.path("Field").asText(), f));
                    boolean s3Data = fields.containsKey("eventCategory")
                            && fields.get("eventCategory").path("Equals").toString().equals("[\"Data\"]")
                            && fields.containsKey("resources.type")
                            && fields.get("resources.type").path("Equals").toString().equals("[\"AWS::S3::Object\"]")
                            && !fields.containsKey("readOnly");
                    if (s3Data) fields.get("resources.ARN").path("StartsWith").forEach(p -> prefixes.add(p.asText()));
                }
                assertThat(byAccount.put(s.spec().account(), prefixes)).as("a second trail in account " + s.spec().account()).isNull();
            }
        }
        return byAccount;
    }

    /** account/region of every GuardDuty detector that is on with S3 protection. */
    private static Set<String> s3ProtectedAccountRegions(List<Synthesized> stacks) {
        Set<String> protectedRegions = new HashSet<>();
        for (Synthesized s : stacks) {
            for (var r : resources(s.template())) {
                JsonNode p = r.getValue().path("Properties");
                if (r.getValue().path("Type").asText().equals("AWS::GuardDuty::Detector")
                        && p.path("Enable").asBoolean(false)
                        && p.path("DataSources").path("S3Logs").path("Enable").asBoolean(false)) {
                    assertThat(protectedRegions.add(s.accountRegion())).as("a second detector in " + s.accountRegion()).isTrue();
                }
            }
        }
        return protectedRegions;
    }

    private static List<String> reasons(JsonNode resource) {
        List<String> reasons = new ArrayList<>();
        resource.path("Metadata").path("cdk_nag").path("rules_to_suppress").forEach(s -> reasons.add(s.path("reason").asText()));
        return reasons;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fleets")
    void theAccountTrailRecordsTheS3DataEventsOfEveryDataBucketInItsAccount(String fleet) throws IOException {
        List<Synthesized> stacks = stacks(fleet);
        Map<String, Set<String>> prefixes = trailDataEventPrefixes(stacks);
        int dataBuckets = 0;
        for (Synthesized s : stacks) {
            for (var r : resources(s.template())) {
                String name = r.getValue().path("Properties").path("BucketName").asText("");
                if (!r.getValue().path("Type").asText().equals("AWS::S3::Bucket") || !name.endsWith("-" + s.spec().account() + "-data")) continue;
                dataBuckets++;
                assertThat(prefixes.getOrDefault(s.spec().account(), Set.of())).as("%s %s", s.spec().name(), name)
                        .contains("arn:aws:s3:::" + name + "/");
            }
        }
        boolean hasData = GuardrailFleets.get(fleet).fleet().deployments().stream()
                .anyMatch(d -> d.settings().has(dev.regionstack.fleet.model.Component.DATA));
        assertThat(dataBuckets > 0).as("the fleet has data buckets").isEqualTo(hasData);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fleets")
    void everyAccountAndRegionWithTheSecurityComponentHasGuardDutyS3Protection(String fleet) throws IOException {
        List<Synthesized> stacks = stacks(fleet);
        Set<String> protectedRegions = s3ProtectedAccountRegions(stacks);
        for (Synthesized s : stacks) {
            if (s.spec().layer() == Layer.SECURITY) assertThat(protectedRegions).as(s.spec().name()).contains(s.accountRegion());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fleets")
    void everySuppressionThatNamesAnAuditClaimSitsWhereTheClaimHolds(String fleet) throws IOException {
        List<Synthesized> stacks = stacks(fleet);
        Map<String, Set<String>> prefixes = trailDataEventPrefixes(stacks);
        Set<String> protectedRegions = s3ProtectedAccountRegions(stacks);
        int checked = 0;
        for (Synthesized s : stacks) {
            for (var r : resources(s.template())) {
                String where = s.spec().name() + " " + r.getKey();
                for (String reason : reasons(r.getValue())) {
                    if (reason.contains("data events")) {
                        assertThat(reason).as("%s: a reason about data events makes the checked claim", where)
                                .contains(Reasons.TRAIL_DATA_EVENTS);
                    }
                    if (reason.contains(Reasons.TRAIL_DATA_EVENTS)) {
                        String name = r.getValue().path("Properties").path("BucketName").asText("");
                        assertThat(prefixes.getOrDefault(s.spec().account(), Set.of())).as(where)
                                .contains("arn:aws:s3:::" + name + "/");
                        checked++;
                    }
                    if (reason.contains(Reasons.GUARDDUTY_S3)) {
                        assertThat(protectedRegions).as(where).contains(s.accountRegion());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("claims checked").isPositive();
    }
}
