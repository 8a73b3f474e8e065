package dev.regionstack.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CdkCliTest {
    private static final Path REPO_ROOT = Path.of(System.getProperty("regionstack.repoRoot", "..")).toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private Path fakeInstall(String version) throws IOException {
        Path modules = Files.createDirectories(tmp.resolve("tools/cdk-cli/node_modules"));
        Path bin = Files.createDirectories(modules.resolve(".bin")).resolve("cdk");
        Files.writeString(bin, "#!/bin/sh\n");
        Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(modules.resolve("aws-cdk"));
        // a nested "version" first, as in the real package.json (peer dependency metadata)
        Files.writeString(modules.resolve("aws-cdk/package.json"),
                "{\n  \"name\": \"aws-cdk\",\n  \"peerDependenciesMeta\": {\"x\": {\"version\": \">=4\"}},\n  \"version\": \"" + version + "\"\n}\n");
        return bin;
    }

    @Test
    void locatesThePinnedCliUnderTheRepository() throws IOException {
        Path bin = fakeInstall(CdkCli.PINNED_VERSION);

        assertThat(CdkCli.locate(tmp, Map.of()).executable()).isEqualTo(bin);
    }

    @Test
    void findsThePinnedCliOfTheNearestCheckoutAtOrAboveTheStart() throws IOException {
        Path bin = fakeInstall(CdkCli.PINNED_VERSION);
        Path nested = Files.createDirectories(tmp.resolve("app/src/test"));

        assertThat(CdkCli.find(nested, Map.of()).executable()).isEqualTo(bin);
        assertThat(CdkCli.find(tmp, Map.of()).executable()).isEqualTo(bin);
    }

    @Test
    void regionstackHomeNamesTheCheckoutWhereverTheSearchStarts() throws IOException {
        Path bin = fakeInstall(CdkCli.PINNED_VERSION);
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere/tools/cdk-cli"));

        assertThat(CdkCli.find(elsewhere, Map.of(CdkCli.HOME_VARIABLE, tmp.toString())).executable()).isEqualTo(bin);
    }

    @Test
    void aRegionstackHomeThatIsNoDirectoryIsIgnored() throws IOException {
        Path bin = fakeInstall(CdkCli.PINNED_VERSION);

        assertThat(CdkCli.find(tmp, Map.of(CdkCli.HOME_VARIABLE, tmp.resolve("missing").toString())).executable()).isEqualTo(bin);
    }

    @Test
    void withoutACheckoutAboveTheStartTheErrorNamesTheStart() throws IOException {
        Path start = Files.createDirectories(tmp.resolve("no-checkout"));
        // the search goes up to the root: no directory above the temporary one may have tools/cdk-cli
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            assertThat(dir.resolve("tools/cdk-cli")).as("a checkout above the test's directory").doesNotExist();
        }

        assertThatThrownBy(() -> CdkCli.find(start, Map.of()))
                .isInstanceOf(RolloutException.class)
                .hasMessageStartingWith("the AWS CDK CLI is not installed: " + start.resolve("tools/cdk-cli/node_modules/.bin/cdk"));
    }

    @Test
    void aMissingCliIsAClearError() {
        Path dir = tmp.resolve("tools/cdk-cli");

        assertThatThrownBy(() -> CdkCli.locate(tmp, Map.of()))
                .isInstanceOf(RolloutException.class)
                .hasMessage("the AWS CDK CLI is not installed: " + dir.resolve("node_modules/.bin/cdk") + " is missing;"
                        + " build the project (mvn -pl deploy generate-resources) or run `npm ci` in " + dir);
    }

    @Test
    void anInstalledCliOfAnotherVersionIsAClearError() throws IOException {
        fakeInstall("3.0.0");
        Path dir = tmp.resolve("tools/cdk-cli");

        assertThatThrownBy(() -> CdkCli.locate(tmp, Map.of()))
                .isInstanceOf(RolloutException.class)
                .hasMessage("the AWS CDK CLI in " + dir + " is aws-cdk 3.0.0, but regionstack needs " + CdkCli.PINNED_VERSION
                        + ": build the project (mvn -pl deploy generate-resources) or run `npm ci` in " + dir);
    }

    @Test
    void theOverrideVariableNamesAnExecutableOnPath() throws IOException {
        RecordingCdk standIn = RecordingCdk.in(tmp);

        assertThat(CdkCli.locate(tmp.resolve("no-repo"), standIn.environment()).executable())
                .isEqualTo(standIn.bin.resolve("cdk"));
    }

    @Test
    void anOverrideThatIsNotOnPathIsAClearError() {
        assertThatThrownBy(() -> CdkCli.locate(tmp, Map.of("REGIONSTACK_CDK", "no-such-cdk", "PATH", tmp.toString())))
                .isInstanceOf(RolloutException.class)
                .hasMessage("REGIONSTACK_CDK names `no-such-cdk`, which is not an executable on PATH");
    }

    @Test
    void thePinnedVersionIsTheOnePackageJsonAndItsLockPin() throws IOException {
        String packageJson = Files.readString(REPO_ROOT.resolve("tools/cdk-cli/package.json"));
        String lock = Files.readString(REPO_ROOT.resolve("tools/cdk-cli/package-lock.json"));

        assertThat(packageJson).contains("\"aws-cdk\": \"" + CdkCli.PINNED_VERSION + "\"");
        assertThat(lock).contains("\"node_modules/aws-cdk\": {\n      \"version\": \"" + CdkCli.PINNED_VERSION + "\"");
    }
}
