package dev.regionstack.app.synth.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EngineFilesTest {
    @TempDir Path cache;

    @Test
    void thePluginAndItsEngineComeFromAwsCdkLibsBundleIntoAnOwnerOnlyDirectory() throws Exception {
        Path dir = EngineFiles.locate(Map.of("XDG_CACHE_HOME", cache.toString()));

        assertThat(dir.getParent()).isEqualTo(cache.resolve("regionstack"));
        assertThat(dir.getFileName().toString()).startsWith("cloudformation-validate-" + new software.amazon.awscdk.$Module().getModuleVersion() + "-");
        assertThat(dir.resolve(EngineFiles.PLUGIN)).content().contains("class CloudFormationValidatePlugin");
        assertThat(dir.resolve("node_modules/@aws/cloudformation-validate/bindings_wasm_bg.wasm")).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
    }

    @Test
    void aChangedFileIsNotTrustedButWrittenAgain() throws Exception {
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        Path dir = EngineFiles.locate(env);
        Path plugin = dir.resolve(EngineFiles.PLUGIN);
        String original = Files.readString(plugin);
        Files.writeString(plugin, "process.exit(3);");

        assertThat(EngineFiles.locate(env)).isEqualTo(dir);
        assertThat(plugin).hasContent(original);
    }

    @Test
    void aDirectoryOthersMayWriteIsNotTrustedButWrittenAgain() throws Exception {
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        Path dir = EngineFiles.locate(env);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path planted = dir.resolve("planted.js");
        Files.writeString(planted, "process.exit(3);");

        assertThat(EngineFiles.locate(env)).isEqualTo(dir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(planted).doesNotExist();
    }
}
