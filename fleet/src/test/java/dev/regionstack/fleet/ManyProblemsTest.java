package dev.regionstack.fleet;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A file with many mistakes reports every one of them in one run, in file order. */
class ManyProblemsTest {

    @Test
    void everyProblemIsReportedInOneRun() {
        LoadResult result = FleetLoader.load(Path.of("src/test/resources/fleets/many-problems.yaml"));

        List<Problem> problems = ((LoadResult.Invalid) result).problems();
        assertThat(problems).extracting(p -> p.line() + ":" + p.column() + " " + p.path()).containsExactly(
                "1:10 project",
                "3:15 tags.CostCenter",
                "4:3 tags.aws:foo",
                "6:1 sizing",
                "7:1 dns.zoneId",
                "8:13 dns.zoneName",
                "10:3 defaults.sizng",
                "11:25 defaults.components[1]",
                "11:34 defaults.components[2]",
                "13:28 defaults.waf.blockedCountries[1]",
                "13:32 defaults.waf.blockedCountries[2]",
                "13:36 defaults.waf.blockedCountries[3]",
                "14:23 defaults.waf.rateLimitPer5Min",
                "17:16 defaults.app.memoryMiB",
                "18:11 defaults.app.port",
                "20:13 defaults.data.aurora",
                "24:14 environments.dev.account",
                "25:15 environments.dev.approval",
                "28:15 environments.dev.regions.eu-west-2.cidr",
                "29:18 environments.dev.regions.eu-west-2.primary",
                "30:9 environments.dev.regions.eu-west-2.sizing",
                "31:7 environments.dev.regions.us-est-1",
                "33:16 environments.dev.regions.us-est-1.zones",
                "36:5 environments.prod.cidr",
                "38:74 environments.prod.regions.us-east-1.zones[1]",
                "38:86 environments.prod.regions.us-east-1.zones[2]",
                "39:25 environments.prod.regions.us-east-2.cidr",
                "40:7 environments.prod.regions.us-gov-west-1",
                "40:29 environments.prod.regions.us-gov-west-1.cidr",
                "41:25 environments.prod.regions.eu-west-1.cidr");
    }
}
