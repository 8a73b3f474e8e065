package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.regionstack.fleet.Fleets.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;

/** How the text becomes values: schema typing instead of YAML 1.1 guessing, duplicates, syntax, hostile input, files. */
class YamlReadingTest {

    @Test
    void noIsNorwayNotFalse() {
        Fleet fleet = Fleets.load(MINIMAL + "defaults:\n  waf: {blockedCountries: [NO]}\n");

        assertThat(fleet.environments().get(0).settings().waf().blockedCountries()).containsExactly("NO");
    }

    @Test
    void anUnquotedAccountIsAnErrorNotAConversion() {
        assertThat(Fleets.problems(MINIMAL.replace("\"111111111111\"", "111111111111"))).containsExactly(
                "error: fleet.yaml:4:14: environments.prod.account: expected a string, got the number 111111111111; quote it: \"111111111111\"");
    }

    @Test
    void anUnquotedAccountWithALeadingZeroIsANumberToo() {
        assertThat(Fleets.problems(MINIMAL.replace("\"111111111111\"", "012345678901"))).containsExactly(
                "error: fleet.yaml:4:14: environments.prod.account: expected a string, got the number 012345678901; quote it: \"012345678901\"");
        assertThat(Fleets.load(MINIMAL.replace("111111111111", "012345678901")).environments().get(0).account()).isEqualTo("012345678901");
    }

    @Test
    void yesIsNotABooleanAndNotReportedTwiceAsNoPrimary() {
        assertThat(Fleets.problems(MINIMAL.replace("primary: true", "primary: yes"))).containsExactly(
                "error: fleet.yaml:6:47: environments.prod.regions.us-east-1.primary: expected true or false, got `yes`; "
                        + "booleans are written true or false");
    }

    @Test
    void aQuotedBooleanIsAString() {
        assertThat(Fleets.problems(MINIMAL.replace("primary: true", "primary: \"true\""))).contains(
                "error: fleet.yaml:6:47: environments.prod.regions.us-east-1.primary: expected true or false, got the string \"true\"; "
                        + "remove the quotes");
    }

    @Test
    void anExplicitStrTagMakesAString() {
        Fleet fleet = Fleets.load(MINIMAL.replace("\"111111111111\"", "!!str 111111111111"));

        assertThat(fleet.environments().get(0).account()).isEqualTo("111111111111");
    }

    @Test
    void otherTagsAreRefused() {
        assertThat(Fleets.problems(MINIMAL.replace("\"111111111111\"", "!!int 111111111111"))).containsExactly(
                "error: fleet.yaml:4:14: (file): YAML tag `tag:yaml.org,2002:int` is not supported; remove it "
                        + "(the schema decides each value's type)");
    }

    @Test
    void aDuplicateKeyIsReportedAtItsSecondOccurrence() {
        assertThat(Fleets.problems(MINIMAL + "project: beta\n")).containsExactly(
                "error: fleet.yaml:7:1: project: duplicate key `project` (first set at line 1); keep one of them");
    }

    @Test
    void aDuplicateKeyInAFlowMapIsReported() {
        assertThat(Fleets.problems(MINIMAL.replace("primary: true}", "primary: true, cidr: 10.1.0.0/16}"))).containsExactly(
                "error: fleet.yaml:6:53: environments.prod.regions.us-east-1.cidr: duplicate key `cidr` (first set at line 6); "
                        + "keep one of them");
    }

    @Test
    void aDuplicateEnvironmentIsReported() {
        String twice = MINIMAL + MINIMAL.substring(MINIMAL.indexOf("  prod:"));

        assertThat(Fleets.problems(twice)).containsExactly(
                "error: fleet.yaml:7:3: environments.prod: duplicate key `prod` (first set at line 3); keep one of them");
    }

    @Test
    void aDuplicateRegionIsReported() {
        assertThat(Fleets.problems(MINIMAL + "      us-east-1: {cidr: 10.1.0.0/16}\n")).containsExactly(
                "error: fleet.yaml:7:7: environments.prod.regions.us-east-1: duplicate key `us-east-1` (first set at line 6); "
                        + "keep one of them");
    }

    @Test
    void aSyntaxErrorIsOneProblemAtTheParsersPosition() {
        assertThat(Fleets.problems("project: acme\nenvironments: [prod\nnext: 1\n")).containsExactly(
                "error: fleet.yaml:3:5: (file): YAML syntax error: expected ',' or ']', but got : (while parsing a flow sequence)");
    }

    @Test
    void anEmptyFileSaysWhatIsNeeded() {
        assertThat(Fleets.problems("# nothing yet\n")).containsExactly(
                "error: fleet.yaml:1:1: (file): the file is empty; a fleet file needs at least `project` and `environments`");
    }

    @Test
    void aSecondDocumentIsRefused() {
        assertThat(Fleets.problems(MINIMAL + "---\nproject: other\n")).containsExactly(
                "error: fleet.yaml:8:1: (file): the file holds more than one YAML document; keep the whole fleet in one "
                        + "document (remove the extra `---`)");
    }

    @Test
    void anAliasReusesAnAnchoredMap() {
        Fleet fleet = Fleets.load(MINIMAL.replace("environments:", "defaults:\n  waf: &strict {blockedCountries: [KP, RU]}\nenvironments:")
                .replace("primary: true}", "primary: true, waf: *strict}"));

        assertThat(fleet.deployments().get(0).settings().waf().blockedCountries()).containsExactly("KP", "RU");
    }

    @Test
    void anAliasReusesAnAnchoredScalar() {
        Fleet fleet = Fleets.load("""
                project: acme
                defaults:
                  alarms: {email: &mail ops@example.com}
                environments:
                  dev:
                    account: &account "111111111111"
                    regions:
                      us-east-1: {cidr: 10.0.0.0/16, primary: true, alarms: {email: *mail}}
                  prod:
                    account: *account
                    regions:
                      us-east-1: {cidr: 10.0.0.0/16, primary: true}
                """);

        assertThat(fleet.environments()).extracting(e -> e.account()).containsExactly("111111111111", "111111111111");
        assertThat(fleet.deployments().get(0).settings().alarms().email()).contains("ops@example.com");
    }

    @Test
    void aKeyThatIsAListIsASyntaxError() {
        assertThat(Fleets.problems("? [a]: b\n")).containsExactly(
                "error: fleet.yaml:1:3: (file): YAML syntax error: a key must be plain text, not a list, a map or an alias");
    }

    @Test
    void anAliasWithoutAnchorIsReported() {
        assertThat(Fleets.problems(MINIMAL.replace("primary: true}", "primary: true, waf: *strict}"))).containsExactly(
                "error: fleet.yaml:6:58: (file): alias `*strict` refers to no anchor `&strict` defined before it");
    }

    @Test
    void billionLaughsIsRefusedInWellUnderASecond() {
        StringBuilder yaml = new StringBuilder("project: acme\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            String previous = "*l" + (i - 1);
            yaml.append("lol").append(i).append(": &l").append(i).append(" [")
                    .append(IntStream.range(0, 9).mapToObj(n -> previous).collect(Collectors.joining(", "))).append("]\n");
        }
        FleetLoader.load("warm-up.yaml", MINIMAL);  // time the refusal, not class loading
        long start = System.nanoTime();

        var problems = Fleets.problems(yaml.toString());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(problems).containsExactly("error: fleet.yaml:7:12: (file): the file expands to more than 100000 values "
                + "(counting every alias in full); a fleet file needs far fewer");
    }

    @Test
    void moreThanFiftyCollectionAliasesAreRefused() {
        String yaml = "project: acme\nx: &x [a]\ny: [" + IntStream.range(0, 51).mapToObj(i -> "*x").collect(Collectors.joining(", ")) + "]\n";

        assertThat(Fleets.problems(yaml)).containsExactly("error: fleet.yaml:3:205: (file): more than 50 aliases of maps or lists; "
                + "a fleet file does not need that many (is this a \"billion laughs\" file?)");
    }

    @Test
    void expansionThroughFewAliasesIsCapped() {
        // 40 aliases, each doubling the tree: under the alias cap, far over the value cap
        StringBuilder yaml = new StringBuilder("project: acme\nx0: &x0 [a, b]\n");
        for (int i = 1; i <= 40; i++) {
            yaml.append("x").append(i).append(": &x").append(i).append(" [*x").append(i - 1).append(", *x").append(i - 1).append("]\n");
        }

        assertThat(Fleets.problems(yaml.toString())).singleElement().asString()
                .endsWith("(file): the file expands to more than 100000 values (counting every alias in full); a fleet file needs far fewer");
    }

    @Test
    void deepNestingIsRefused() {
        String yaml = "project: " + "[".repeat(200) + "]".repeat(200) + "\n";

        assertThat(Fleets.problems(yaml)).containsExactly(
                "error: fleet.yaml:1:41: (file): values are nested more than 32 levels deep; the fleet file needs at most 7");
    }

    @Test
    void aTextOverOneMebibyteIsRefusedBeforeParsing() {
        String yaml = MINIMAL + "#".repeat(FleetLoader.MAX_BYTES) + "\n";

        assertThat(Fleets.problems(yaml)).containsExactly("error: fleet.yaml:1:1: (file): the file is " + (yaml.length())
                + " bytes; fleet files are limited to 1048576 bytes (1 MiB), far more than any real fleet needs");
    }

    @Test
    void aFileOverOneMebibyteIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("fleet.yaml");
        Files.writeString(file, MINIMAL + "#".repeat(FleetLoader.MAX_BYTES));

        LoadResult result = FleetLoader.load(file);

        assertThat(((LoadResult.Invalid) result).problems()).singleElement()
                .extracting(Problem::message).asString().startsWith("the file is " + Files.size(file) + " bytes; fleet files are limited");
    }

    @Test
    void aMissingFileIsOneProblem(@TempDir Path dir) {
        Path file = dir.resolve("nope.yaml");

        assertThat(((LoadResult.Invalid) FleetLoader.load(file)).problems()).containsExactly(
                new Problem(file.toString(), 1, 1, "(file)", "no such file; pass an existing fleet file with -f (default fleet.yaml)"));
    }

    @Test
    void aDirectoryIsOneProblem(@TempDir Path dir) {
        assertThat(((LoadResult.Invalid) FleetLoader.load(dir)).problems()).containsExactly(
                new Problem(dir.toString(), 1, 1, "(file)", "is a directory, not a fleet file; pass the YAML file itself"));
    }

    @Test
    void aFileThatIsNotUtf8IsOneProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("fleet.yaml");
        Files.write(file, new byte[] {'p', 'r', 'o', 'j', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});

        assertThat(((LoadResult.Invalid) FleetLoader.load(file)).problems()).containsExactly(
                new Problem(file.toString(), 1, 1, "(file)", "is not UTF-8 text; save the file as UTF-8"));
    }

    @Test
    void aFileLoadsByPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("fleet.yaml");
        Files.writeString(file, "\uFEFF" + MINIMAL);

        assertThat(FleetLoader.load(file)).isInstanceOf(LoadResult.Loaded.class);
    }
}
