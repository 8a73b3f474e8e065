package dev.regionstack.guard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeployRecordTest {
    static final String DATA = "regionstack-prod-euw2-data";
    static final String APP = "regionstack-prod-euw2-app";

    @TempDir
    Path dir;

    private Path assembly(String name, String tableKey, int desiredCount) {
        return Assemblies.in(dir)
                .stack(DATA, AssemblyDiffTest.table(tableKey, "Retain"))
                .stack(APP, AssemblyDiffTest.scaling(desiredCount, 2, 5))
                .write(name);
    }

    @Test
    void livesUnderRegionstackDeployedEnvironment() {
        assertThat(DeployRecord.of(dir, "prod").directory()).isEqualTo(dir.resolve(".regionstack/deployed/prod"));
    }

    @Test
    void isEmptyBeforeTheFirstDeploy() {
        assertThat(DeployRecord.of(dir, "prod").load()).isEmpty();
    }

    @Test
    void aSavedAssemblyComparesUnchangedWithItself() {
        Path assembly = assembly("cdk.out", "pk", 2);
        DeployRecord record = DeployRecord.of(dir, "prod");

        record.save(assembly, Set.of(DATA, APP));

        assertThat(AssemblyDiff.compare(record.load().orElseThrow(), assembly).changes()).isEmpty();
        assertThat(record.directory().resolve(DATA + ".template.json")).exists();
    }

    @Test
    void savingASelectionKeepsTheOtherRecordedStacks() {
        DeployRecord record = DeployRecord.of(dir, "prod");
        record.save(assembly("first", "pk", 2), Set.of(DATA, APP));

        record.save(assembly("second", "id", 6), Set.of(APP));

        GuardReport sinceRecord = AssemblyDiff.compare(record.load().orElseThrow(), assembly("third", "id", 6));
        assertThat(sinceRecord.changes()).extracting(ResourceChange::id)
                .containsExactly(DATA + "/SessionsTable1B2C3D4E");
    }

    @Test
    void forgettingTheLastStackDeletesTheRecord() {
        DeployRecord record = DeployRecord.of(dir, "prod");
        record.save(assembly("cdk.out", "pk", 2), Set.of(DATA));

        record.forget(Set.of(DATA));

        assertThat(record.load()).isEmpty();
        assertThat(Files.exists(record.directory())).isFalse();
    }

    @Test
    void savingAStackTheAssemblyLacksFails() {
        Path assembly = assembly("cdk.out", "pk", 2);

        assertThatThrownBy(() -> DeployRecord.of(dir, "prod").save(assembly, Set.of("regionstack-prod-euw2-edge")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot record stack regionstack-prod-euw2-edge: it is not in the assembly " + assembly
                        + " (stacks there: regionstack-prod-euw2-app, regionstack-prod-euw2-data)");
    }

    @Test
    void environmentNamesCannotEscapeTheRecordDirectory() {
        assertThatThrownBy(() -> DeployRecord.of(dir, "../prod"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("environment name '../prod' cannot name a record directory: use letters, digits, '-', '_' and '.'");
    }

    @Test
    void aCopyCanForgetWithoutTouchingTheOriginal() {
        DeployRecord record = DeployRecord.of(dir, "prod");
        record.save(assembly("cdk.out", "pk", 2), Set.of(DATA, APP));

        DeployRecord copy = record.copyTo(dir.resolve("elsewhere"));
        copy.forget(Set.of(DATA));

        assertThat(copy.directory()).isEqualTo(dir.resolve("elsewhere/.regionstack/deployed/prod"));
        assertThat(copy.stacks()).containsExactly(APP);
        assertThat(record.stacks()).containsExactlyInAnyOrder(DATA, APP);
    }
}
