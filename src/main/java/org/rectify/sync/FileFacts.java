package org.rectify.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.rectify.domain.ImportNote;

/**
 * What one pass over a file's bytes tells: its SHA-256 (the same export twice is recognised by it),
 * its kind by magic bytes, its byte-order mark, and whether all of it is valid UTF-8. Facts read from
 * the {@linkplain #head head} alone have no hash, and {@code validUtf8} then speaks for the head only.
 */
public record FileFacts(String sha256, FileKind kind, String bom, boolean validUtf8, long size) {

    /** How the bytes look: a zip (XLSX), an OLE2 compound file (XLS) or text (CSV). */
    public enum FileKind { XLSX, XLS, TEXT }

    /** What {@link #head} reads: the header and first rows of any export, in a few milliseconds. */
    static final int HEAD_BYTES = 1 << 16;

    /**
     * The facts the first {@value #HEAD_BYTES} bytes tell, for a large text file whose rows are read next:
     * its reader hashes the bytes as they pass and reads UTF-8 strictly when the head was UTF-8, so that
     * a later byte that is not turns the import into a GB18030 one. A smaller file is read whole.
     */
    public static FileFacts head(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new FileRefusedException(ImportNote.CANNOT_READ.text(file.getFileName(), why(e)), e);
        }
        if (size <= HEAD_BYTES) {
            return of(file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEAD_BYTES);
            Utf8Validator utf8 = new Utf8Validator();
            utf8.feed(head, head.length);
            // a character cut by the end of the head is the rest's to judge
            return new FileFacts(null, kind(head, head.length), bom(head, head.length), utf8.valid, size);
        } catch (IOException e) {
            throw new FileRefusedException(ImportNote.CANNOT_READ.text(file.getFileName(), why(e)), e);
        }
    }

    /** True when all of the file was read: the hash is known and {@code validUtf8} speaks for every byte. */
    public boolean complete() {
        return sha256 != null;
    }

    /** These facts once a byte past the head showed that the file is not UTF-8. */
    FileFacts notUtf8() {
        return new FileFacts(sha256, kind, bom, false, size);
    }

    public static FileFacts of(Path file) {
        // UTF-8 is checked on another core while this one hashes: the two passes cost the time of the longer
        CompletableFuture<Boolean> utf8 = CompletableFuture.supplyAsync(() -> validUtf8(file));
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[8];
            int headLength = 0;
            long size = 0;
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                for (int i = 0; i < n && headLength < head.length; i++) {
                    head[headLength++] = buffer[i];
                }
                size += n;
            }
            return new FileFacts(HexFormat.of().formatHex(digest.digest()), kind(head, headLength), bom(head, headLength),
                    utf8.join(), size);
        } catch (IOException | UncheckedIOException e) {
            throw new FileRefusedException(ImportNote.CANNOT_READ.text(file.getFileName(), why(e)), e);
        } catch (CompletionException e) {
            throw new FileRefusedException(ImportNote.CANNOT_READ.text(file.getFileName(), why(e.getCause())), e.getCause());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The system's reason, said where the JDK gives only the path (a refused permission, a file gone):
     * "x.csv: cannot be read (/data/x.csv)" said nothing.
     */
    static String why(Throwable e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "no permission to read it";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    private static boolean validUtf8(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Utf8Validator utf8 = new Utf8Validator();
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0 && utf8.valid; ) {
                utf8.feed(buffer, n);
            }
            return utf8.valid();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileKind kind(byte[] h, int n) {
        if (n >= 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4) {
            return FileKind.XLSX;
        }
        if (n >= 8 && (h[0] & 0xFF) == 0xD0 && (h[1] & 0xFF) == 0xCF && (h[2] & 0xFF) == 0x11 && (h[3] & 0xFF) == 0xE0) {
            return FileKind.XLS;
        }
        return FileKind.TEXT;
    }

    private static String bom(byte[] h, int n) {
        if (n >= 3 && (h[0] & 0xFF) == 0xEF && (h[1] & 0xFF) == 0xBB && (h[2] & 0xFF) == 0xBF) {
            return "UTF-8";
        }
        if (n >= 2 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xFE) {
            return "UTF-16LE";
        }
        if (n >= 2 && (h[0] & 0xFF) == 0xFE && (h[1] & 0xFF) == 0xFF) {
            return "UTF-16BE";
        }
        return null;
    }

    /** A streaming check of UTF-8 well-formedness (no overlongs, no surrogates), fed chunk by chunk. */
    static final class Utf8Validator {
        private int pending;
        private int first;
        private int seen;
        private boolean valid = true;

        void feed(byte[] bytes, int length) {
            // locals, not fields, in the loop: the JIT keeps them in registers (the check was 60 % of the file's facts)
            int pending = this.pending;
            int first = this.first;
            int seen = this.seen;
            boolean valid = this.valid;
            for (int i = 0; i < length && valid; i++) {
                int b = bytes[i];
                if (pending == 0) {
                    if (b >= 0) {
                        continue; // ASCII
                    }
                    b &= 0xFF;
                    if (b >= 0xC2 && b <= 0xDF) {
                        pending = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        pending = 2;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        pending = 3;
                    } else {
                        valid = false;
                    }
                    first = b;
                    seen = 0;
                } else {
                    b &= 0xFF;
                    if ((b & 0xC0) != 0x80 || (seen == 0 && !secondByteAllowed(first, b))) {
                        valid = false;
                    }
                    seen++;
                    pending--;
                }
            }
            this.pending = pending;
            this.first = first;
            this.seen = seen;
            this.valid = valid;
        }

        private static boolean secondByteAllowed(int first, int second) {
            return switch (first) {
                case 0xE0 -> second >= 0xA0;
                case 0xED -> second <= 0x9F;
                case 0xF0 -> second >= 0x90;
                case 0xF4 -> second <= 0x8F;
                default -> true;
            };
        }

        boolean valid() {
            return valid && pending == 0;
        }
    }
}
