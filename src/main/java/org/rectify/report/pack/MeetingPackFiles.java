package org.rectify.report.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/** Writes a meeting pack as PPTX, PDF or XLSX, chosen by the file's extension, through a temporary file beside it. */
public final class MeetingPackFiles {

    private MeetingPackFiles() {
    }

    /** True for the extensions a pack can be written as. */
    public static boolean supports(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pptx") || name.endsWith(".pdf") || name.endsWith(".xlsx");
    }

    public static void write(MeetingPack pack, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // a sibling with the usual permissions (a temporary file would be private to its owner)
        Path temp = parent.resolve("." + file.getFileName() + ".part");
        try {
            if (name.endsWith(".pptx")) {
                new PackPptxWriter().write(pack, temp);
            } else if (name.endsWith(".pdf")) {
                new PackPdfWriter().write(pack, temp);
            } else if (name.endsWith(".xlsx")) {
                new PackXlsxWriter().write(pack, temp);
            } else {
                throw new IllegalArgumentException(file + ": a meeting pack is written as .pptx, .pdf or .xlsx");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
