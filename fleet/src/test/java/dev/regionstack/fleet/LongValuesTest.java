package dev.regionstack.fleet;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 100,000-character value or key anywhere in the file gives short, one-line problems: every key and every value of
 * a fleet that uses every section is replaced in turn, plain, quoted, as digits and with line breaks.
 */
class LongValuesTest {
    private static final int LONG = 100_000;
    /** Generous: the longest fixed text of a message plus a few values cut to 60 characters. */
    private static final int MAX_LINE = 600;

    private static final String FLEET = """
            project: acme
            tags:
              CostCenter: platform
            dns:
              zoneName: acme.example.com
              zoneId: Z0123456789ABCDEFGHIJ
              routing: failover
            defaults:
              sizing: small
              components:
                - network
                - security
                - data
                - app
              waf:
                blockedCountries:
                  - KP
                rateLimitPer5Min: 2000
              alarms:
                latencyP99Ms: 500
                email: alerts@acme.example.com
              app:
                image: public.ecr.aws/nginx/nginx:stable
                port: 80
                healthPath: /
                minTasks: 2
                maxTasks: 10
              data:
                aurora:
                  engine: postgres
                globalTable:
                  consistency: eventual
            environments:
              prod:
                account: "333333333333"
                approval: manual
                regions:
                  us-east-1:
                    cidr: 10.20.0.0/16
                    primary: true
                    zones:
                      - us-east-1a
                      - us-east-1b
                  us-east-2:
                    cidr: 10.21.0.0/16
            """;
    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*)([A-Za-z0-9-]+):( (.*))?$");
    private static final Pattern ITEM = Pattern.compile("^(\\s*)- (.*)$");

    @Test
    void theFleetItselfIsValid() {
        Fleets.load(FLEET);
    }

    @Test
    void everyLongValueAndKeyGivesShortOneLineProblems() {
        List<String> longOnes = List.of("x".repeat(LONG), "9".repeat(LONG), "\"" + "a b ".repeat(LONG / 4) + "\"",
                "\"" + "a\\n".repeat(LONG / 3) + "\"", "\"" + "`".repeat(LONG) + "\"");
        List<String> variants = new ArrayList<>();
        String[] lines = FLEET.split("\n");
        for (int i = 0; i < lines.length; i++) {
            for (String value : longOnes) {
                Matcher kv = KEY_VALUE.matcher(lines[i]);
                Matcher item = ITEM.matcher(lines[i]);
                if (kv.matches()) {
                    if (kv.group(3) != null) variants.add(replaceLine(lines, i, kv.group(1) + kv.group(2) + ": " + value));
                    variants.add(replaceLine(lines, i, kv.group(1) + value + ":" + (kv.group(3) == null ? "" : kv.group(3))));
                } else if (item.matches()) {
                    variants.add(replaceLine(lines, i, item.group(1) + "- " + value));
                }
            }
        }
        assertThat(variants).hasSizeGreaterThan(150);
        for (String variant : variants) {
            LoadResult result = FleetLoader.load("fleet.yaml", variant);
            assertThat(result).as(variant.substring(0, 200)).isInstanceOf(LoadResult.Invalid.class);
            assertThat(((LoadResult.Invalid) result).problems()).allSatisfy(p -> assertThat(p.format())
                    .hasSizeLessThan(MAX_LINE).doesNotContain("\n").doesNotContain("\r"));
        }
    }

    @Test
    void aLongProjectNameIsCutAndItsLengthSaid() {
        assertThat(Fleets.problems(Fleets.MINIMAL.replace("project: acme", "project: " + "a".repeat(LONG)))).containsExactly(
                "error: fleet.yaml:1:10: project: `" + "a".repeat(60) + "…` (100000 characters) is not valid: 3 to 20 lower-case "
                        + "letters, digits and hyphens, starting with a letter and not ending with a hyphen (it prefixes every "
                        + "physical name), e.g. acme");
    }

    private static String replaceLine(String[] lines, int index, String line) {
        String[] copy = lines.clone();
        copy[index] = line;
        return String.join("\n", copy) + "\n";
    }
}
