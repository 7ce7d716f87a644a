package org.rectify.sync;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.rectify.domain.ImportNote;

/**
 * A delimited text export: the encoding from the BOM or the bytes (UTF-8 when every byte is valid
 * UTF-8, else GB18030, which also reads GBK), the delimiter from the first lines. Records are
 * numbered as a spreadsheet would show them, blank lines included. Given the facts of the file's head
 * only, it hashes the bytes as it reads them and reads UTF-8 strictly: a byte that is not UTF-8 ends
 * the read with {@link NotUtf8Exception}.
 */
final class CsvSource implements TableSource {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    /** Bytes taken from the file a system call: the decoder's own 8 KB would make eight times as many. */
    private static final int READ_BLOCK = 1 << 16;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final Path file;
    private final Charset charset;
    private final int bomBytes;
    private final Character delimiter;
    /** UTF-8 guessed from the head only: a malformed byte later must stop the read, not become U+FFFD. */
    private final boolean strictUtf8;
    private final boolean hashing;
    private long bytesRead;
    /** The number of the last whole row read: a row that cannot be parsed is the one after it. */
    private long rowsParsed;
    private String contentHash;

    CsvSource(Path file, FileFacts facts) {
        this(file, facts, ReadOptions.DETECT);
    }

    /** A byte-order mark is skipped whatever the options say; a charset given overrides the detected one. */
    CsvSource(Path file, FileFacts facts, ReadOptions options) {
        this.file = file;
        this.charset = options.charset() != null ? options.charset() : charsetOf(facts);
        this.bomBytes = facts.bom() == null ? 0 : facts.bom().equals("UTF-8") ? 3 : 2;
        this.delimiter = options.delimiter();
        this.strictUtf8 = options.charset() == null && facts.bom() == null && !facts.complete() && facts.validUtf8();
        this.hashing = !facts.complete();
    }

    static Charset charsetOf(FileFacts facts) {
        if (facts.bom() != null) {
            return Charset.forName(facts.bom());
        }
        return facts.validUtf8() ? StandardCharsets.UTF_8 : GB18030;
    }

    Charset charset() {
        return charset;
    }

    /** The delimiter this source splits on: the one given, else the one the first lines show. */
    char delimiter() {
        return delimiter != null ? delimiter : detectDelimiter();
    }

    @Override
    public void read(RowSink sink) {
        char detected = detectDelimiter();
        String fileName = file.getFileName().toString();
        rowsParsed = 0;
        sink.sheetStarted(null);
        try (CountingStream counter = new CountingStream(new BufferedInputStream(Files.newInputStream(file), READ_BLOCK),
                hashing ? sha256() : null);
             CsvRecords records = new CsvRecords(decode(counter), delimiter != null ? delimiter : detected)) {
            boolean whole = true;
            while (records.hasNext()) {
                List<String> cells = records.next();
                long row = ++rowsParsed;
                Limits.check(fileName, null, row, cells);
                sink.row(null, row, cells);
                bytesRead = counter.count;
                if (sink.stopRequested()) {
                    return;
                }
                if (sink.sheetSeenEnough()) {
                    whole = false;
                    break;
                }
            }
            if (whole && hashing) {
                counter.transferTo(OutputStream.nullOutputStream()); // whatever the parser left unread
                contentHash = counter.hash();
            }
        } catch (CsvRecords.BrokenRecordException e) {
            throw broken(fileName, e);
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(e);
        }
        sink.sheetEnded(null);
    }

    private RuntimeException broken(String fileName, CsvRecords.BrokenRecordException e) {
        return switch (e.kind()) {
            case UNCLOSED_QUOTE -> new FileRefusedException(ImportNote.UNCLOSED_QUOTE.text(fileName, e.row()), e);
            case TEXT_AFTER_QUOTE -> new FileRefusedException(ImportNote.TEXT_AFTER_QUOTE.text(fileName, e.row()), e);
            case CELL_TOO_LONG -> new FileRefusedException(ImportNote.CELL_RUNS_ON.text(fileName, e.row(), "16,777,216"), e);
            case OTHER -> new FileRefusedException(ImportNote.CSV_UNREADABLE.text(fileName, e.row(), e.getCause().getMessage()), e);
        };
    }

    @Override
    public String contentHash() {
        return contentHash;
    }

    private RuntimeException unreadable(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (strictUtf8 && cause instanceof CharacterCodingException) {
            return new NotUtf8Exception(file.getFileName().toString(), cause);
        }
        String fileName = file.getFileName().toString();
        return new FileRefusedException(ImportNote.NOT_READABLE_AS.text(fileName, charset.name(), FileFacts.why(cause)), e);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public long bytesRead() {
        return bytesRead;
    }

    private Reader open(InputStream in) throws IOException {
        return new BufferedReader(decode(in), 1 << 16);
    }

    /** The file's text after its byte-order mark, unbuffered: the CSV parser reads large blocks of its own. */
    private Reader decode(InputStream in) throws IOException {
        in.skipNBytes(bomBytes);
        return strictUtf8
                ? new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))
                : new InputStreamReader(in, charset);
    }

    /** The delimiter that splits the first lines into the same, largest number of fields. */
    private char detectDelimiter() {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(open(Files.newInputStream(file)))) {
            for (String line; lines.size() < 40 && (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(e);
        }
        refuseBinary(lines);
        char best = ',';
        int bestScore = 0;
        for (char d : DELIMITERS) {
            int score = consistentFields(lines, d);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /** Text that decodes into control characters and replacement marks is no export: say so, not print it. */
    private void refuseBinary(List<String> lines) {
        long total = 0;
        long odd = 0;
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                total++;
                if (c == '\uFFFD' || (c < 0x20 && c != '\t' && c != '\r' && c != '\n')) {
                    odd++;
                }
            }
        }
        if (total > 0 && odd * 20 > total) {
            throw new FileRefusedException(org.rectify.domain.ImportNote.NOT_TEXT.text(file.getFileName(), odd * 100 / total,
                    charset.name()));
        }
    }

    /** Lines × fields of the most common field count above one: junk lines above a header do not sway it. */
    private static int consistentFields(List<String> lines, char delimiter) {
        java.util.Map<Integer, Integer> byCount = new java.util.HashMap<>();
        for (String line : lines) {
            int fields = 1;
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == delimiter && !quoted) {
                    fields++;
                }
            }
            if (fields > 1) {
                byCount.merge(fields, 1, Integer::sum);
            }
        }
        return byCount.entrySet().stream().mapToInt(e -> e.getKey() * e.getValue()).max().orElse(0);
    }

    /** Counts bytes taken from the file so that progress can show the position, and hashes them when asked. */
    private static final class CountingStream extends FilterInputStream {
        private final MessageDigest digest;
        private volatile long count;

        CountingStream(InputStream in, MessageDigest digest) {
            super(in);
            this.digest = digest;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
                if (digest != null) {
                    digest.update((byte) b);
                }
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
                if (digest != null) {
                    digest.update(buffer, offset, n);
                }
            }
            return n;
        }

        /**
         * None promised, as {@link InputStream} says by default. The decoder asks after every 8 KB whether
         * more is ready; a file's stream answers with two system calls each time (its size and position):
         * 9 % of a 1M-row file's reading.
         */
        @Override
        public int available() {
            return 0;
        }

        /** Skipped bytes are read all the same: the hash is the whole file's. */
        @Override
        public long skip(long n) throws IOException {
            byte[] skipped = readNBytes((int) Math.min(n, Integer.MAX_VALUE));
            return skipped.length;
        }

        String hash() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
