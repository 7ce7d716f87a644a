package org.rectify.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The profiles that ship in {@code resources/profiles/} (packed into the jar under {@code rectify/profiles/}). */
public final class BuiltInProfiles {

    private static final String FOLDER = "/rectify/profiles/";
    private static final List<ImportProfile> ALL = load();

    private BuiltInProfiles() {
    }

    /** In preference order: on a tie the earlier one is chosen. */
    public static List<ImportProfile> all() {
        return ALL;
    }

    public static Optional<ImportProfile> named(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** A built-in profile by name, or a profile file by path. */
    public static ImportProfile resolve(String nameOrFile) {
        Optional<ImportProfile> builtIn = named(nameOrFile);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            return ProfileJson.read(file);
        }
        throw new IllegalArgumentException("No profile named " + nameOrFile + " and no such file. Built-in profiles: "
                + String.join(", ", ALL.stream().map(ImportProfile::name).toList()));
    }

    private static List<ImportProfile> load() {
        List<ImportProfile> profiles = new ArrayList<>();
        for (String file : read("profiles.txt").lines().map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            profiles.add(ProfileJson.parse(read(file), file));
        }
        return List.copyOf(profiles);
    }

    private static String read(String name) {
        try (InputStream in = BuiltInProfiles.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Built-in profile resource missing: " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read built-in profile " + name, e);
        }
    }
}
