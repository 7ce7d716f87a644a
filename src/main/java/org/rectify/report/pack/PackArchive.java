package org.rectify.report.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.rectify.domain.Period;

/**
 * The meeting packs kept in the data folder, one folder per week ({@code packs/2014-W22/}), each
 * in every format, so that last month's meeting can be opened again as it was shown.
 */
public final class PackArchive {

    /** One archived week and its files. */
    public record Archived(Period week, List<Path> files) {
    }

    private static final List<String> FORMATS = List.of("pdf", "pptx", "xlsx");

    private final Path folder;

    public PackArchive(Path dataFolder) {
        this.folder = dataFolder.resolve("packs");
    }

    /** Writes the pack in every format into its week's folder (a pack written again replaces the week's). */
    public Archived archive(MeetingPack pack) throws IOException {
        Path week = folder.resolve(pack.week().toString());
        List<Path> files = new ArrayList<>();
        for (String format : FORMATS) {
            Path file = week.resolve(fileName(pack, format));
            MeetingPackFiles.write(pack, file);
            files.add(file);
        }
        return new Archived(pack.week(), files);
    }

    /** The archived weeks, the latest first. */
    public List<Archived> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> weeks = Files.list(folder)) {
            List<Archived> archived = new ArrayList<>();
            for (Path dir : weeks.filter(Files::isDirectory).toList()) {
                Period week;
                try {
                    week = Period.parse(dir.getFileName().toString());
                } catch (IllegalArgumentException e) {
                    continue; // not a week's folder
                }
                try (Stream<Path> files = Files.list(dir)) {
                    archived.add(new Archived(week, files.filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().toList()));
                }
            }
            archived.sort(Comparator.comparing(Archived::week).reversed());
            return archived;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the meeting packs in " + folder + ": " + e.getMessage(), e);
        }
    }

    static String fileName(MeetingPack pack, String format) {
        return "周整改例会-" + pack.week() + "." + format;
    }
}
