package dev.jsonbench.bench.run;

import dev.jsonbench.api.JsonDecoder;
import dev.jsonbench.api.JsonDecoders;
import dev.jsonbench.api.TypedDecoder;
import dev.jsonbench.bench.fork.JavaBackends;
import dev.jsonbench.bench.fork.UserType;
import dev.jsonbench.fixtures.ApiResponse;
import dev.jsonbench.fixtures.Digest;
import dev.jsonbench.fixtures.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Prepares the documents of a run and their expected digests.
 *
 * <p>The bundled fixture's digest is the published one ({@link Fixtures#API_RESPONSE_DIGEST}). A user's file has
 * no published digest, so it is computed here, in the parent, by decoding the file as a tree with
 * <em>every</em> backend on the class path and taking the digest that more than half of them agree on; a
 * backend that disagrees is then reported {@code wrong} by its own forks. If no digest has a majority the run
 * stops with an error naming each backend's digest. Typed mode applies to a user's file only when it is the
 * fixture model: the majority of the backends' typed digests equals the tree digest (true exactly when every
 * member of the model is present and nothing else is).
 */
public final class FixtureLoader {

    private FixtureLoader() {
    }

    /** The bundled 2.4 KB API response, written into {@code dir} so that every runner can read it from a file. */
    public static BenchFixture bundled(Path dir, UserType userType) {
        byte[] bytes = Fixtures.apiResponse();
        Path path = dir.resolve(Fixtures.API_RESPONSE);
        try {
            Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String digest = Digest.hex(Fixtures.API_RESPONSE_DIGEST);
        if (userType != null) {
            return withUserType(new BenchFixture(Fixtures.API_RESPONSE, path, bytes.length, digest,
                    "published (fixtures/DIGEST.md)", null, true, null, Map.of()), bytes, userType);
        }
        return new BenchFixture(Fixtures.API_RESPONSE, path, bytes.length, digest, "published (fixtures/DIGEST.md)", null,
                true, null, Map.of());
    }

    /** The bundled fixture, typed into the fixture model. */
    public static BenchFixture bundled(Path dir) {
        return bundled(dir, null);
    }

    /** Each of the files, in their order (a generated suite: smallest first). */
    public static List<BenchFixture> files(List<Path> files, UserType userType) {
        return files.stream().map(file -> userFile(file, userType)).toList();
    }

    /** A user's file or directory, typed into the fixture model where it is one. */
    public static List<BenchFixture> user(Path fileOrDirectory) {
        return user(fileOrDirectory, null);
    }

    /**
     * A user's file, or every {@code *.json} file of a directory (sorted by name); typed mode binds {@code userType},
     * or the fixture model when null.
     */
    public static List<BenchFixture> user(Path fileOrDirectory, UserType userType) {
        if (!Files.exists(fileOrDirectory)) {
            throw BenchException.usage("no such file or directory: " + fileOrDirectory);
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(fileOrDirectory)) {
            try (Stream<Path> list = Files.list(fileOrDirectory)) {
                list.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().endsWith(".json"))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw BenchException.usage("cannot list " + fileOrDirectory + ": " + e.getMessage());
            }
            if (files.isEmpty()) {
                throw BenchException.usage("no *.json files in " + fileOrDirectory);
            }
        } else {
            files.add(fileOrDirectory);
        }
        List<BenchFixture> fixtures = new ArrayList<>();
        for (Path file : files) {
            fixtures.add(userFile(file, userType));
        }
        return fixtures;
    }

    static BenchFixture userFile(Path file, UserType userType) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw BenchException.usage("cannot read " + file + ": " + e.getMessage());
        }
        String name = file.getFileName().toString();
        Map<String, String> treeDigests = new TreeMap<>();
        Map<String, String> typedDigests = new TreeMap<>();
        Map<String, String> rejections = new LinkedHashMap<>();
        int voters = 0;
        for (String backend : JsonDecoders.available()) {
            JsonDecoder decoder;
            try {
                decoder = JsonDecoders.get(backend);
            } catch (RuntimeException | LinkageError e) {
                continue; // cannot run here: no vote
            }
            voters++;
            try {
                treeDigests.put(backend, Digest.hex(Digest.ofTree(decoder.decodeTree(bytes))));
            } catch (RuntimeException | StackOverflowError e) {
                rejections.put(backend, e.getMessage());
                continue;
            }
            if (userType == null) {
                try {
                    typedDigests.put(backend, Digest.hex(Digest.of(decoder.forType(ApiResponse.class).decode(bytes))));
                } catch (RuntimeException | StackOverflowError e) {
                    // not the fixture model for this backend, or typed unsupported
                }
            }
        }
        if (voters == 0) {
            throw BenchException.usage("no JSON backend on the class path to decode " + file);
        }
        if (treeDigests.isEmpty()) {
            throw BenchException.usage("no backend accepts " + file + ": " + describe(treeDigests, rejections));
        }
        String digest = majority(treeDigests, voters);
        if (digest == null) {
            throw BenchException.usage("the backends do not agree on the content of " + file
                    + ", so there is no expected digest: " + describe(treeDigests, rejections));
        }
        long agree = treeDigests.values().stream().filter(digest::equals).count();
        String source = "majority of backends' tree decodes (" + agree + " of " + voters + " agree)";
        BenchFixture fixture = new BenchFixture(name, file.toAbsolutePath(), bytes.length, digest, source, null, false, null,
                Map.of());
        if (userType != null) {
            return withUserType(fixture, bytes, userType);
        }
        String typedDigest = majority(typedDigests, typedDigests.size());
        String typedProblem = typedDigest == null
                ? name + " does not decode into ApiResponse: typed mode needs the fixture model"
                : !typedDigest.equals(digest)
                ? name + " is not the fixture model (its typed digest differs from its tree digest): tree mode only"
                : null;
        return fixture.withTyped(typedProblem, null, Map.of());
    }

    /**
     * The document with typed mode binding the user's type, checked against its tree: every Java backend (and direct
     * runner) binds it here; one that cannot says why and is skipped; the typed digest (the record as the object of its
     * components) that most of the others give must equal the tree digest, else typed mode does not apply.
     */
    private static BenchFixture withUserType(BenchFixture fixture, byte[] bytes, UserType userType) {
        Type type = userType.resolve();
        Map<String, String> typedDigests = new TreeMap<>();
        Map<String, String> refusals = new TreeMap<>();
        for (String backend : JavaBackends.all()) {
            TypedDecoder<Object> typed;
            try {
                typed = JavaBackends.get(backend).forType(type);
            } catch (IllegalArgumentException e) {
                refusals.put(backend, e.getMessage());
                continue;
            } catch (RuntimeException | LinkageError e) {
                continue; // cannot run here: it is skipped for that reason already
            }
            try {
                typedDigests.put(backend, Digest.hex(Digest.ofDecoded(typed.decode(bytes))));
            } catch (RuntimeException | StackOverflowError e) {
                refusals.put(backend, backend + " cannot decode " + fixture.name() + " into " + userType.name() + ": "
                        + e.getMessage());
            }
        }
        String typedDigest = majority(typedDigests, typedDigests.size());
        String problem = typedDigests.isEmpty()
                ? "no Java backend decodes " + fixture.name() + " into " + userType.name()
                : typedDigest == null
                ? "the Java backends do not agree on " + fixture.name() + " decoded into " + userType.name() + ": "
                + describe(typedDigests, Map.of())
                : !typedDigest.equals(fixture.digest())
                ? fixture.name() + " decoded into " + userType.name() + " (digest " + typedDigest + ") is not its tree ("
                + fixture.digest() + "): a member of the document is not a component of the type, or a component is "
                + "missing from the document; typed mode is checked against the tree, so it runs only when they agree"
                : null;
        return fixture.withTyped(problem, userType, refusals);
    }

    /** The value more than half of {@code voters} gave, or null. */
    static String majority(Map<String, String> votes, int voters) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        votes.values().forEach(v -> counts.merge(v, 1, Integer::sum));
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() * 2 > voters) {
                return entry.getKey();
            }
        }
        return null;
    }

    private static String describe(Map<String, String> digests, Map<String, String> rejections) {
        List<String> parts = new ArrayList<>();
        digests.forEach((backend, digest) -> parts.add(backend + " " + digest));
        rejections.forEach((backend, reason) -> parts.add(backend + " rejects it (" + reason + ")"));
        return String.join("; ", parts);
    }
}
