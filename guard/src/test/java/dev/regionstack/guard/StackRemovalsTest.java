package dev.regionstack.guard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The union of a selection and the old stacks it covers, and the removed stacks in the order to delete them. */
class StackRemovalsTest {
    private static final String SECURITY = "p-prod-euw1-security";
    private static final String DATA = "p-prod-euw1-data";
    private static final String APP = "p-prod-euw1-app";
    private static final String DEV = "p-dev-euw1-data";

    @TempDir Path dir;

    /** Gives the stacks of {@code assembly} an Environment tag, a region, and dependencies, as regionstack's manifests have. */
    private static Path shaped(Path assembly) throws IOException {
        Path manifestFile = assembly.resolve("manifest.json");
        ObjectNode manifest = (ObjectNode) Assemblies.readJson(manifestFile);
        ObjectNode artifacts = (ObjectNode) manifest.get("artifacts");
        artifacts.properties().forEach(e -> {
            if (!e.getValue().path("type").asText().equals("aws:cloudformation:stack")) return;
            ObjectNode artifact = (ObjectNode) e.getValue();
            String name = e.getKey();
            artifact.put("environment", "aws://" + (name.startsWith("p-dev") ? "111111111111" : "333333333333") + "/eu-west-1");
            ObjectNode tags = ((ObjectNode) artifact.get("properties")).putObject("tags");
            tags.put("Environment", name.startsWith("p-dev") ? "dev" : "prod").put("Region", "eu-west-1");
            if (name.equals(DATA)) artifact.withArray("dependencies").add(SECURITY);
            if (name.equals(APP)) artifact.withArray("dependencies").add(DATA);
        });
        Files.writeString(manifestFile, Assemblies.JSON.writeValueAsString(manifest));
        return assembly;
    }

    @Test
    void stacksTheSelectionCoversButTheNewAssemblyLacksAreRemovedTheOthersAreLeftOut() throws IOException {
        Path before = shaped(Assemblies.in(dir).stack(SECURITY, AssemblyDiffTest.table("pk", "Retain"))
                .stack(DATA, AssemblyDiffTest.table("pk", "Delete")).stack(DEV, AssemblyDiffTest.table("pk", "Delete")).write("old"));
        Path after = shaped(Assemblies.in(dir).stack(SECURITY, AssemblyDiffTest.table("pk", "Retain")).write("new"));

        GuardReport report = AssemblyDiff.compare(before, after, Set.of(SECURITY),
                s -> "prod".equals(s.tags().get("Environment")));

        assertThat(report.removedStacks()).containsExactly(DATA);
        assertThat(report.dataLossChanges()).extracting(ResourceChange::id).containsExactly(DATA + "/SessionsTable1B2C3D4E");
    }

    @Test
    void removedStacksAreListedDependentsFirstWithTheirDataAndWhereTheyLive() throws IOException {
        Path before = shaped(Assemblies.in(dir).stack(SECURITY, AssemblyDiffTest.table("pk", "Retain"))
                .stack(DATA, AssemblyDiffTest.table("pk", "Delete")).stack(APP, AssemblyDiffTest.scaling(2, 2, 5)).write("old"));
        Path after = shaped(Assemblies.in(dir).stack("p-prod-euw2-app", AssemblyDiffTest.scaling(2, 2, 5)).write("new"));

        var removals = StackRemovals.of(AssemblyDiff.compare(before, after), before);

        assertThat(removals).extracting(StackRemovals.Removal::stack).containsExactly(APP, DATA, SECURITY);
        StackRemovals.Removal data = removals.get(1);
        assertThat(data.account()).isEqualTo("333333333333");
        assertThat(data.dataLoss()).extracting(ResourceChange::logicalId).containsExactly("SessionsTable1B2C3D4E");
        assertThat(data.deleteCommand()).containsExactly("aws", "cloudformation", "delete-stack", "--stack-name", DATA,
                "--region", "eu-west-1");
        assertThat(removals.get(2).dataLoss()).isEmpty();
        assertThat(removals.get(2).retained()).extracting(ResourceChange::logicalId).containsExactly("SessionsTable1B2C3D4E");
        assertThat(removals.get(0).dataLoss()).isEmpty();
    }

    @Test
    void nothingRemovedMeansNoRemovals() throws IOException {
        Path before = shaped(Assemblies.in(dir).stack(DATA, AssemblyDiffTest.table("pk", "Delete")).write("old"));

        assertThat(StackRemovals.of(AssemblyDiff.compare(before, before), before)).isEmpty();
    }
}
