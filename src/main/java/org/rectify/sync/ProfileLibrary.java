package org.rectify.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's own import profiles, one JSON file each in {@code <data>/profiles/}, beside the
 * built-in ones. An import tries the user's first: they were made for the files at hand.
 */
public final class ProfileLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileLibrary.class);

    private final Path folder;

    public ProfileLibrary(Path folder) {
        this.folder = folder;
    }

    /** No saved profiles: the built-in ones only (tests, and a store without a folder). */
    public static ProfileLibrary builtInOnly() {
        return new ProfileLibrary(null);
    }

    public Path folder() {
        return folder;
    }

    /** The saved profiles in name order; a file that does not parse is left out and logged. */
    public List<ImportProfile> saved() {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        List<ImportProfile> profiles = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try {
                    profiles.add(ProfileJson.read(file));
                } catch (IllegalArgumentException e) {
                    LOG.warn("Profile {} left out: {}", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the profiles in " + folder + ": " + e.getMessage(), e);
        }
        return profiles;
    }

    /** Saved profiles first, then the built-in ones: what an import chooses from. */
    public List<ImportProfile> all() {
        List<ImportProfile> all = new ArrayList<>(saved());
        all.addAll(BuiltInProfiles.all());
        return List.copyOf(all);
    }

    public Optional<ImportProfile> named(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** A saved or built-in profile by name, or a profile file by path. */
    public ImportProfile resolve(String nameOrFile) {
        Optional<ImportProfile> known = named(nameOrFile);
        if (known.isPresent()) {
            return known.get();
        }
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            return ProfileJson.read(file);
        }
        throw new IllegalArgumentException("No profile named " + nameOrFile + " and no such file. Profiles: "
                + String.join(", ", all().stream().map(ImportProfile::name).toList()));
    }

    /**
     * Saves (or replaces) a profile under its name; the name of a built-in profile is refused.
     * Written to a temporary file first, so a crash never leaves half a profile.
     */
    public Path save(ImportProfile profile) {
        if (BuiltInProfiles.named(profile.name()).isPresent()) {
            throw new IllegalArgumentException("\"" + profile.name() + "\" is the name of a built-in profile; choose another");
        }
        if (folder == null) {
            throw new IllegalStateException("No folder to save profiles in");
        }
        Path file = fileOf(profile.name());
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".profile", ".tmp");
            Files.writeString(temporary, ProfileJson.write(profile, Map.of()), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new ProfileNotSavedException(profile.name(), folder, e);
        }
    }

    /** The file a profile of this name is saved in: the name with characters no file system takes replaced. */
    public Path fileOf(String name) {
        String safe = name.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return folder.resolve((safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe) + ".json");
    }
}
