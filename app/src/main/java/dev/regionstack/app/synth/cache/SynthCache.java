package dev.regionstack.app.synth.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The synth cache's directory: {@code units/<key>/} holds an entry ({@code entry.json} and its stacks' files), and
 * {@code assets/} the assets the entries share, by CDK's content hash (the Lambda artifact is 16 MB, used by every
 * region). Only the user can read it. An entry is written under a temporary name and renamed into place, and each file
 * is checked against its SHA-256 before it is used: a partial or corrupt entry is a miss, deleted and rebuilt.
 */
public final class SynthCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private final Path root;
    private final Map<Path, String> checkedAssets = new java.util.concurrent.ConcurrentHashMap<>();

    private SynthCache(Path root) { this.root = root; }

    /**
     * {@code $REGIONSTACK_CACHE_DIR}, else {@code $XDG_CACHE_HOME/regionstack/synth}, else
     * {@code ~/.cache/regionstack/synth}: the user's cache directory, beside the Lambda artifact's copy.
     */
    public static Path defaultRoot(Map<String, String> env) {
        String own = env.get("REGIONSTACK_CACHE_DIR");
        if (own != null && !own.isBlank()) return Path.of(own);
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("regionstack").resolve("synth");
    }

    /** The cache at {@code root}, created owner-only; empty, with the reason, when it cannot be used safely. */
    public static Result open(Path root) {
        try {
            Files.createDirectories(root.getParent() == null ? root : root.getParent());
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.createDirectory(root, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } catch (FileAlreadyExistsException raced) {
                    // another synth created it: checked below like any existing directory
                }
            }
            if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) return new Result(null, root + " is not a directory");
            UserPrincipal me = root.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
            if (!Files.getOwner(root, LinkOption.NOFOLLOW_LINKS).equals(me)) return new Result(null, root + " belongs to another user");
            if (!Files.getPosixFilePermissions(root, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(root, OWNER_ONLY);
            }
            Files.createDirectories(root.resolve("units"));
            Files.createDirectories(root.resolve("assets"));
            return new Result(new SynthCache(root), null);
        } catch (IOException | UnsupportedOperationException e) {
            return new Result(null, "cannot use " + root + ": " + e.getMessage());
        }
    }

    /** An opened cache, or why there is none. */
    public record Result(SynthCache cache, String problem) {
        public Optional<SynthCache> get() { return Optional.ofNullable(cache); }
    }

    Path root() { return root; }

    /** Whether the unit has an entry file (unchecked). */
    boolean present(SynthUnit unit) {
        return Files.isRegularFile(root.resolve("units").resolve(unit.key()).resolve("entry.json"), LinkOption.NOFOLLOW_LINKS);
    }

    /** The unit's entry when it is complete and every file has its recorded bytes; a damaged one is deleted. */
    Optional<UnitEntry> read(SynthUnit unit) {
        Path dir = root.resolve("units").resolve(unit.key());
        Path file = dir.resolve("entry.json");
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        try {
            ObjectNode json = (ObjectNode) JSON.readTree(file.toFile());
            UnitEntry entry = new UnitEntry(unit.key(), json);
            if (!SynthUnits.FORMAT.equals(json.path("format").asText()) || !unit.key().equals(json.path("key").asText())) {
                throw new IOException("not this unit's entry");
            }
            for (Map.Entry<String, String> f : entry.files()) {
                Path stored = stored(entry, f.getKey());
                // the assets are shared by the entries: each is checked once per run
                String actual = UnitEntry.isAsset(f.getKey())
                        ? checkedAssets.computeIfAbsent(stored, SynthCache::sha256OrNone) : sha256(stored);
                if (!actual.equals(f.getValue())) throw new IOException(f.getKey() + " changed");
            }
            return Optional.of(entry);
        } catch (IOException | RuntimeException e) {
            delete(dir);
            return Optional.empty();
        }
    }

    /** Where the cache holds one of an entry's files. */
    Path stored(UnitEntry entry, String relative) {
        if (relative.contains("..") || relative.startsWith("/")) throw new IllegalArgumentException("bad path " + relative);
        return UnitEntry.isAsset(relative) ? root.resolve("assets").resolve(relative)
                : root.resolve("units").resolve(entry.key()).resolve("files").resolve(relative);
    }

    /** Keeps the entry, copying its files from the assembly; a concurrent writer of the same key wins harmlessly. */
    void write(UnitEntry entry, Path assembly) {
        Path units = root.resolve("units");
        Path staging = null;
        try {
            staging = Files.createTempDirectory(units, "tmp-");
            for (Map.Entry<String, String> f : entry.files()) {
                Path from = assembly.resolve(f.getKey());
                if (UnitEntry.isAsset(f.getKey())) {
                    Path to = root.resolve("assets").resolve(f.getKey());
                    // named by its content's hash: a present copy is kept (and checked, like every file, when read)
                    if (Files.isRegularFile(to, LinkOption.NOFOLLOW_LINKS)) continue;
                    Files.createDirectories(to.getParent());
                    Path tmp = Files.createTempFile(root.resolve("assets"), "tmp-", ".part");
                    Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
                    move(tmp, to, true);
                } else {
                    Path to = staging.resolve("files").resolve(f.getKey());
                    Files.createDirectories(to.getParent());
                    Files.copy(from, to);
                }
            }
            Files.writeString(staging.resolve("entry.json"), JSON.writeValueAsString(entry.json()));
            Path target = units.resolve(entry.key());
            if (Files.exists(target)) {
                delete(staging);
                return;
            }
            move(staging, target, false);
        } catch (IOException e) {
            if (staging != null) delete(staging);
            throw new UncheckedIOException("cannot write the synth cache under " + root + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to, boolean replace) throws IOException {
        try {
            if (replace) Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            else Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            delete(from);   // another synth stored the same entry first
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = SynthUnits.digest();
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256OrNone(Path file) {
        try {
            return sha256(file);
        } catch (IOException e) {
            return "";
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException e) {
            // a stale entry we could not delete is still never trusted: its check fails again next time
        }
    }
}
