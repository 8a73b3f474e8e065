package dev.regionstack.app.synth.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The files aws-cdk-lib's CloudFormationValidatePlugin runs from, taken from the very npm package jsii loads (the
 * bundle inside aws-cdk-lib's jar): the plugin, the module it requires for its argument checks, and the engine
 * ({@code @aws/cloudformation-validate}, WebAssembly). So the rules are CDK's own, whatever version the build pins.
 *
 * <p>They are written once to {@code $XDG_CACHE_HOME/regionstack} (else {@code ~/.cache/regionstack}), owner-only,
 * in a directory named after the bundle's version and CRC and the hash of regionstack's own files, filled under a
 * temporary name and renamed into place; each use checks the directory's owner and mode and every file against the
 * SHA-256 recorded when it was written, and rewrites the directory otherwise.
 */
final class EngineFiles {
    static final String PLUGIN = "core/lib/validation/cloudformation-validate-plugin.js";
    static final String SERVER = "validate-server.js";
    static final String WARM_UP = "warm-up.template.json";
    private static final String ENGINE = "node_modules/@aws/cloudformation-validate/";
    private static final String ARGUMENT_CHECKS = ".warnings.jsii.js";
    private static final String MANIFEST = "files.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private EngineFiles() {}

    /** The directory holding the package's files (as {@code package/} of the bundle), the server and a warm-up template. */
    static Path locate(Map<String, String> env) throws IOException {
        software.amazon.awscdk.$Module module = new software.amazon.awscdk.$Module();
        String resource = module.getBundleResourceName();
        URL bundle = module.getClass().getResource(resource);
        if (bundle == null) throw new IOException("aws-cdk-lib's bundle " + resource + " is not on the class path");
        byte[] server = resource(SERVER);
        byte[] warmUp = resource(WARM_UP);
        String ours = sha256(concat(server, warmUp)).substring(0, 12);
        Path dir = cacheDirectory(env).resolve("cloudformation-validate-" + module.getModuleVersion() + "-" + crc(bundle) + "-" + ours);
        if (intact(dir)) return dir;
        Files.createDirectories(dir.getParent());
        Path staging = Files.createTempDirectory(dir.getParent(), "tmp-validate-", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            Map<String, String> hashes = new TreeMap<>();
            try (InputStream in = bundle.openStream();
                 TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(new BufferedInputStream(in, 1 << 16), 1 << 16))) {
                for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                    String name = e.getName().startsWith("package/") ? e.getName().substring("package/".length()) : "";
                    if (!e.isFile() || !wanted(name)) continue;
                    hashes.put(name, write(staging.resolve(name), tar.readAllBytes()));
                }
            }
            if (!hashes.containsKey(PLUGIN) || !hashes.containsKey(ARGUMENT_CHECKS)) {
                throw new IOException("aws-cdk-lib's bundle " + resource + " has no " + PLUGIN);
            }
            hashes.put(SERVER, write(staging.resolve(SERVER), server));
            hashes.put(WARM_UP, write(staging.resolve(WARM_UP), warmUp));
            ObjectNode manifest = JSON.createObjectNode();
            hashes.forEach(manifest::put);
            Files.writeString(staging.resolve(MANIFEST), JSON.writeValueAsString(manifest));
            delete(dir);
            try {
                Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, dir);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
                // another run wrote it first: used if intact
            }
        } finally {
            delete(staging);
        }
        if (!intact(dir)) throw new IOException("cannot write the validation engine's files to " + dir);
        return dir;
    }

    private static boolean wanted(String name) {
        return name.equals(PLUGIN) || name.equals(ARGUMENT_CHECKS) || name.startsWith(ENGINE) && !name.contains("..");
    }

    /**
     * The directory this user's and owner-only, as written (as for the synth cache: what another user can change is not
     * run), and every file of the manifest present, as a plain file, with its recorded bytes.
     */
    private static boolean intact(Path dir) {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) return false;
        try {
            UserPrincipal me = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
            if (!Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).equals(me)) return false;
            if (!Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY)) return false;
            boolean any = false;
            for (var f : JSON.readTree(manifest.toFile()).properties()) {
                Path file = dir.resolve(f.getKey());
                if (!file.normalize().startsWith(dir) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return false;
                if (!sha256(Files.readAllBytes(file)).equals(f.getValue().asText())) return false;
                any = true;
            }
            return any;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return sha256(bytes);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = EngineFiles.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("this build of regionstack has no " + name);
            return in.readAllBytes();
        }
    }

    /** The bundle's CRC from its jar entry (no need to read 35 MB), else its size and time. */
    private static String crc(URL bundle) throws IOException {
        URLConnection connection = bundle.openConnection();
        if (connection instanceof JarURLConnection jar) {
            connection.setUseCaches(false);
            return Long.toHexString(jar.getJarEntry().getCrc());
        }
        return Long.toHexString(connection.getContentLengthLong()) + "-" + Long.toHexString(connection.getLastModified());
    }

    private static Path cacheDirectory(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("regionstack");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException e) {
            // left behind: a directory that is not intact is never used
        }
    }
}
