package dev.regionstack.app.synth.cache;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What identifies this build for the cache: every class path entry's contents (regionstack's code, the Lambda
 * artifact it carries, CDK, cdk-nag and the validation engine, so their versions too), the Lambda artifact that
 * {@code REGIONSTACK_FUNCTIONS_JAR} names instead, and the {@code CDK_*} environment CDK reads while it synthesizes.
 * A jar counts by its entries' names, sizes and CRC-32s (its central directory: no decompression); a class directory by
 * its files' bytes.
 */
final class BuildFingerprint {
    private static String computed;

    private BuildFingerprint() {}

    static synchronized String current() {
        if (computed == null) computed = of(System.getProperty("java.class.path"), System.getenv());
        return computed;
    }

    static String of(String classPath, Map<String, String> env) {
        MessageDigest digest = SynthUnits.digest();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isBlank()) continue;
            Path path = Path.of(entry);
            update(digest, "entry " + path.getFileName());
            if (Files.isDirectory(path)) directory(path, digest);
            else if (Files.isRegularFile(path)) jar(path, digest);
        }
        String functions = env.get("REGIONSTACK_FUNCTIONS_JAR");
        if (functions != null && !functions.isBlank() && Files.isRegularFile(Path.of(functions))) {
            update(digest, "functions-jar");
            file(Path.of(functions), digest);
        }
        new TreeMap<>(env).forEach((name, value) -> {
            if (name.startsWith("CDK_")) update(digest, "env " + name + "=" + value);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void jar(Path jar, MessageDigest digest) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> entries = zip.stream().sorted(Comparator.comparing(ZipEntry::getName)).toList();
            for (ZipEntry e : entries) update(digest, e.getName() + " " + e.getSize() + " " + e.getCrc());
        } catch (IOException e) {
            file(jar, digest);   // not a zip: its bytes
        }
    }

    private static void directory(Path dir, MessageDigest digest) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> dir.relativize(p).toString())).toList()) {
                update(digest, "file " + dir.relativize(f));
                file(f, digest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void file(Path f, MessageDigest digest) {
        try (InputStream in = Files.newInputStream(f)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(MessageDigest digest, String line) {
        digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
