package dev.regionstack.fleet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.regionstack.fleet.Fleets.rule;
import static org.assertj.core.api.Assertions.assertThat;

/** One case per rule of the knobs beyond the presets: the exact key path, position and message. */
class KnobRulesTest {

    /** A valid fleet whose {@code defaults} block holds {@code line}, on line 3. */
    private static String defaults(String line) {
        return "project: acme\ndefaults:\n" + line + """

                environments:
                  prod:
                    account: "111111111111"
                    regions:
                      us-east-1: {cidr: 10.0.0.0/16, primary: true}
                """;
    }

    /** A two-region environment whose secondary region (us-east-2, line 8) carries {@code settings}. */
    private static String secondary(String settings) {
        return """
                project: acme
                environments:
                  prod:
                    account: "111111111111"
                    regions:
                      us-east-1: {cidr: 10.0.0.0/16, primary: true}
                      us-east-2:
                        cidr: 10.1.0.0/16
                """ + "        " + settings + "\n";
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("version unknown", defaults("  data: {aurora: {version: \"16.99\"}}"),
                        "error: fleet.yaml:3:28: defaults.data.aurora.version: `16.99` is not an Aurora PostgreSQL version the AWS CDK "
                                + "knows; did you mean `16.9`? (engine postgres)"),
                rule("version of the other engine", defaults("  data: {aurora: {engine: mysql, version: \"16.6\"}}"),
                        "error: fleet.yaml:3:43: defaults.data.aurora.version: `16.6` is not an Aurora MySQL version the AWS CDK "
                                + "knows; e.g. 8.0.mysql_aurora.3.08.2 (engine mysql)"),
                rule("version without global database", defaults("  data: {aurora: {version: \"16.0\"}}"),
                        "error: fleet.yaml:3:28: defaults.data.aurora.version: `16.0` cannot run regionstack's Aurora global database: "
                                + "Aurora global databases need Aurora PostgreSQL 16.1 or later; e.g. 16.6"),
                rule("version limitless", defaults("  data: {aurora: {version: \"16.6-limitless\"}}"),
                        "error: fleet.yaml:3:28: defaults.data.aurora.version: `16.6-limitless` cannot run regionstack's Aurora global "
                                + "database: Aurora PostgreSQL Limitless Database versions do not support global databases; e.g. 16.6"),
                rule("mysql version too old for global", defaults("  data: {aurora: {engine: mysql, version: 5.7.mysql_aurora.2.04.9}}"),
                        "error: fleet.yaml:3:43: defaults.data.aurora.version: `5.7.mysql_aurora.2.04.9` cannot run regionstack's "
                                + "Aurora global database: Aurora global databases need Aurora MySQL 2.07.0 or later (5.7), or 3.01.0 or later "
                                + "(8.0); e.g. 8.0.mysql_aurora.3.08.2"),
                rule("version is a string", defaults("  data: {aurora: {version: 16.6}}"),
                        "error: fleet.yaml:3:28: defaults.data.aurora.version: expected a string, got the number 16.6; quote it: \"16.6\""),
                rule("instance class format", defaults("  data: {aurora: {instanceClass: r6g.large}}"),
                        "error: fleet.yaml:3:34: defaults.data.aurora.instanceClass: `r6g.large` is not valid: expected an Aurora DB "
                                + "instance class such as db.r6g.large (db.serverless is not supported: it needs a capacity range regionstack "
                                + "does not set)"),
                rule("instance class serverless", defaults("  data: {aurora: {instanceClass: db.serverless}}"),
                        "error: fleet.yaml:3:34: defaults.data.aurora.instanceClass: `db.serverless` is not valid: expected an Aurora "
                                + "DB instance class such as db.r6g.large (db.serverless is not supported: it needs a capacity range regionstack "
                                + "does not set)"),
                rule("backups within 1-35", defaults("  data: {aurora: {backupRetentionDays: 36}}"),
                        "error: fleet.yaml:3:40: defaults.data.aurora.backupRetentionDays: 36 is out of range: expected a whole number "
                                + "from 1 to 35 (days of automated backups Aurora keeps)"),
                rule("backups at least 1", defaults("  data: {aurora: {backupRetentionDays: 0}}"),
                        "error: fleet.yaml:3:40: defaults.data.aurora.backupRetentionDays: 0 is out of range: expected a whole number "
                                + "from 1 to 35 (days of automated backups Aurora keeps)"),
                rule("performance insights boolean", defaults("  data: {aurora: {performanceInsights: \"yes\"}}"),
                        "error: fleet.yaml:3:40: defaults.data.aurora.performanceInsights: expected true or false, got the string "
                                + "\"yes\"; booleans are written true or false"),
                rule("readers within 0-15", defaults("  data: {aurora: {readers: 16}}"),
                        "error: fleet.yaml:3:28: defaults.data.aurora.readers: 16 is out of range: expected a whole number from 0 to "
                                + "15 (reader instances; Aurora allows 15 per cluster)"),
                rule("aurora knob unknown", defaults("  data: {aurora: {instanceClas: db.r6g.large}}"),
                        "error: fleet.yaml:3:19: defaults.data.aurora.instanceClas: unknown key `instanceClas`; did you mean "
                                + "`instanceClass`?"),
                rule("nat gateways choice", defaults("  network: {natGateways: perzone}"),
                        "error: fleet.yaml:3:26: defaults.network.natGateways: `perzone` is not one of one | perZone; did you mean "
                                + "`perZone`?"),
                rule("network key unknown", defaults("  network: {nat: one}"),
                        "error: fleet.yaml:3:13: defaults.network.nat: unknown key `nat`; allowed: natGateways"),
                rule("retention value", defaults("  logs: {retentionDays: 10}"),
                        "error: fleet.yaml:3:25: defaults.logs.retentionDays: 10 is not a CloudWatch Logs retention; use one of 1, 3, "
                                + "5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 (days)"),
                rule("retention range", defaults("  logs: {retentionDays: 4000}"),
                        "error: fleet.yaml:3:25: defaults.logs.retentionDays: 4000 is out of range: expected a whole number from 1 to "
                                + "3653 (days)"),
                rule("rto range", defaults("  resilience: {rtoMinutes: 0}"),
                        "error: fleet.yaml:3:28: defaults.resilience.rtoMinutes: 0 is out of range: expected a whole number from 1 to "
                                + "10080 (minutes)"),
                rule("rto key unknown", defaults("  resilience: {rto: 5}"),
                        "error: fleet.yaml:3:16: defaults.resilience.rto: unknown key `rto`; allowed: rtoMinutes"),
                rule("rto per region", secondary("resilience: {rtoMinutes: 3}"),
                        "error: fleet.yaml:9:9: environments.prod.regions.us-east-2.resilience: `resilience` cannot be set here: it is set"
                                + " per environment, not per region"
                                + " (a Region switch plan moves the whole environment); move it to environments.prod.resilience"),
                rule("throttle rate positive", defaults("  api: {throttle: {rateLimit: 0}}"),
                        "error: fleet.yaml:3:31: defaults.api.throttle.rateLimit: 0 is out of range: expected a whole number from 1 to "
                                + "10000 (requests per second; API Gateway's default throttle quota per account and region)"),
                rule("throttle rate within account quota", defaults("  api: {throttle: {rateLimit: 20000, burstLimit: 5000}}"),
                        "error: fleet.yaml:3:31: defaults.api.throttle.rateLimit: 20000 is out of range: expected a whole number from "
                                + "1 to 10000 (requests per second; API Gateway's default throttle quota per account and region)"),
                rule("throttle burst within quota", defaults("  api: {throttle: {burstLimit: 5001}}"),
                        "error: fleet.yaml:3:32: defaults.api.throttle.burstLimit: 5001 is out of range: expected a whole number from "
                                + "1 to 5000 (requests; API Gateway's default burst quota per account and region)"),
                rule("plan unknown", defaults("  api: {plans: {gold: {rateLimit: 5}}}"),
                        "error: fleet.yaml:3:17: defaults.api.plans.gold: unknown key `gold`; allowed: basic, premium, enterprise"),
                rule("plan quota positive", defaults("  api: {plans: {basic: {quotaPerMonth: 0}}}"),
                        "error: fleet.yaml:3:40: defaults.api.plans.basic.quotaPerMonth: 0 is out of range: expected a whole number "
                                + "from 1 to 2147483647 (requests per API key per month)"),
                rule("plan above stage", defaults("  api: {plans: {enterprise: {rateLimit: 600}}}"),
                        "error: fleet.yaml:3:41: defaults.api.plans.enterprise.rateLimit: the enterprise plan's rateLimit 600 exceeds "
                                + "the stage's rateLimit 500 (the default): API Gateway applies the stage's throttle to every key, so the plan "
                                + "could never get it; lower the plan or raise api.throttle.rateLimit"),
                rule("stage below plan", defaults("  api: {throttle: {rateLimit: 100}}"),
                        "error: fleet.yaml:3:31: defaults.api.throttle.rateLimit: the stage's rateLimit 100 is below the enterprise "
                                + "plan's 200 (the default): API Gateway applies the stage's throttle to every key, so the plan could never get "
                                + "it; raise api.throttle.rateLimit or lower the plan"),
                rule("plan burst above stage", defaults("  api: {throttle: {rateLimit: 1000, burstLimit: 300}, plans: {enterprise: {burstLimit: 400}}}"),
                        "error: fleet.yaml:3:88: defaults.api.plans.enterprise.burstLimit: the enterprise plan's burstLimit 400 "
                                + "exceeds the stage's burstLimit 300 (set at defaults.api.throttle.burstLimit): API Gateway applies the stage's "
                                + "throttle to every key, so the plan could never get it; lower the plan or raise api.throttle.burstLimit"),
                rule("sender not an identity", defaults("  notifications: {sender: \"credits at example\"}"),
                        "error: fleet.yaml:3:27: defaults.notifications.sender: `credits at example` is not an SES identity: expected "
                                + "an e-mail address (credits@example.com) or a lower-case domain (example.com)"),
                rule("sender upper-case domain", defaults("  notifications: {sender: Example.COM}"),
                        "error: fleet.yaml:3:27: defaults.notifications.sender: `Example.COM` is not an SES identity: expected an "
                                + "e-mail address (credits@example.com) or a lower-case domain (example.com)"),
                rule("shards range", defaults("  messaging: {stream: {shards: 0}}"),
                        "error: fleet.yaml:3:32: defaults.messaging.stream.shards: 0 is out of range: expected a whole number from 1 "
                                + "to 1000 (provisioned shards, at most the smallest default shard quota of an account in a region; or onDemand)"),
                rule("shards too many", defaults("  messaging: {stream: {shards: 1001}}"),
                        "error: fleet.yaml:3:32: defaults.messaging.stream.shards: 1001 is out of range: expected a whole number from "
                                + "1 to 1000 (provisioned shards, at most the smallest default shard quota of an account in a region; or "
                                + "onDemand)"),
                rule("shards word", defaults("  messaging: {stream: {shards: ondemand}}"),
                        "error: fleet.yaml:3:32: defaults.messaging.stream.shards: expected a shard count from 1 to 1000 or "
                                + "`onDemand`, got `ondemand`; did you mean `onDemand`?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsTheKnobAtItsPath(String rule, String yaml, String expected) {
        assertThat(Fleets.problems(yaml)).containsExactly(expected);
    }

    @Test
    void aSecondaryRegionNeedsAReader() {
        assertThat(Fleets.problems(secondary("data: {aurora: {readers: 0}}"))).containsExactly(
                "error: fleet.yaml:9:34: environments.prod.regions.us-east-2.data.aurora.readers: readers 0 leaves region "
                        + "us-east-2's secondary cluster without an instance, so its app has no database endpoint to read from; "
                        + "a secondary region needs at least 1 (set 0 on the primary region only: "
                        + "environments.prod.regions.<primary>.data.aurora.readers)");
    }

    @Test
    void noReadersInherited() {
        assertThat(Fleets.problems(defaults("  data: {aurora: {readers: 0}}").replace(
                "      us-east-1: {cidr: 10.0.0.0/16, primary: true}\n",
                "      us-east-1: {cidr: 10.0.0.0/16, primary: true}\n      us-east-2: {cidr: 10.1.0.0/16}\n")))
                .containsExactly("error: fleet.yaml:3:28: defaults.data.aurora.readers: readers 0 leaves region us-east-2's "
                        + "secondary cluster without an instance, so its app has no database endpoint to read from; a secondary "
                        + "region needs at least 1 (set 0 on the primary region only: "
                        + "environments.prod.regions.<primary>.data.aurora.readers)");
    }

    @Test
    void theVersionIsCheckedAgainstTheEngineOfAnotherLevel() {
        String yaml = defaults("  data: {aurora: {version: \"16.6\"}}").replace("    account: \"111111111111\"\n",
                "    account: \"111111111111\"\n    data: {aurora: {engine: mysql}}\n");
        assertThat(Fleets.problems(yaml)).containsExactly("error: fleet.yaml:3:28: defaults.data.aurora.version: `16.6` is not an "
                + "Aurora MySQL version the AWS CDK knows; e.g. 8.0.mysql_aurora.3.08.2 (engine mysql)");
    }

    @Test
    void aVersionIsNotCheckedWithoutAurora() {
        Fleets.load(defaults("  data: {aurora: false}").replace("    account: \"111111111111\"\n",
                "    account: \"111111111111\"\n    data: {aurora: false}\n"));
    }

    @Test
    void aClassThatIsNotMemoryOptimisedIsAWarningNotAnError() {
        LoadResult result = FleetLoader.load("fleet.yaml", secondary("data: {aurora: {instanceClass: db.t4g.large}}"));
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        assertThat(((LoadResult.Loaded) result).warnings()).extracting(Problem::formatWarning).containsExactly(
                "warning: fleet.yaml:9:40: environments.prod.regions.us-east-2.data.aurora.instanceClass: `db.t4g.large` is "
                        + "not a memory-optimised instance class; AWS recommends db.r* or db.x2g* classes for Aurora global "
                        + "databases (replication to the other regions needs the memory), e.g. db.r6g.large");
    }

    @Test
    void memoryOptimisedClassesAndThePresetGetNoWarning() {
        assertThat(((LoadResult.Loaded) FleetLoader.load("fleet.yaml", secondary("data: {aurora: {instanceClass: db.r7g.2xlarge}}")))
                .warnings()).isEmpty();
        assertThat(((LoadResult.Loaded) FleetLoader.load("fleet.yaml", defaults("  sizing: small"))).warnings()).isEmpty();
    }

    @Test
    void everyKnobAcceptsItsValidValues() {
        Fleets.load(defaults(String.join("\n",
                "  data: {aurora: {engine: postgres, version: \"15.4\", instanceClass: db.r6g.large, backupRetentionDays: 7, "
                        + "performanceInsights: true, readers: 2}}",
                "  network: {natGateways: one}",
                "  logs: {retentionDays: 3653}",
                "  api: {throttle: {rateLimit: 10000, burstLimit: 5000}, plans: {basic: {rateLimit: 1, burstLimit: 1, quotaPerMonth: 1}}}",
                "  notifications: {sender: example.com}",
                "  messaging: {stream: {shards: 2}}")));
        Fleets.load(defaults("  data: {aurora: {engine: mysql, version: 8.0.mysql_aurora.3.04.0}}\n  messaging: {stream: {shards: onDemand}}"));
    }
}
