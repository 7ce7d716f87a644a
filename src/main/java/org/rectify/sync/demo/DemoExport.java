package org.rectify.sync.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rectify.domain.Districts;
import org.rectify.domain.Ticket;
import org.rectify.domain.Timestamps;
import org.rectify.sync.CanonicalField;
import org.rectify.sync.SubscriberImporter;

/**
 * Writes the demo data set as a user would receive it: one standard-layout CSV per month
 * (UTF-8 with a BOM, as Excel saves it) and one subscribers CSV. Deterministic for a seed.
 */
public final class DemoExport {

    public static final long DEFAULT_SEED = 20140531L;
    public static final String SUBSCRIBERS_FILE = "subscribers.csv";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    private final int scale;
    private final long seed;

    public DemoExport(int scale, long seed) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, was " + scale);
        }
        this.scale = scale;
        this.seed = seed;
    }

    /** The files written: the subscribers file first, then the monthly ticket files in order. */
    public List<Path> writeTo(Path folder, DoubleConsumer progress) {
        return writeTo(folder, progress, file -> { });
    }

    /** As {@link #writeTo(Path, DoubleConsumer)}, handing each file to {@code written} as soon as it is complete. */
    public List<Path> writeTo(Path folder, DoubleConsumer progress, Consumer<Path> written) {
        try {
            Files.createDirectories(folder);
            List<Path> files = new ArrayList<>();
            files.add(writeSubscribers(folder.resolve(SUBSCRIBERS_FILE)));
            written.accept(files.get(0));
            Random random = new Random(seed);
            DemoPeople people = new DemoPeople(random, scale);
            FirstContactDealer firstContact = new FirstContactDealer();
            DemoStory story = new DemoStory(scale);
            for (int i = 0; i < DemoPlan.MONTHS; i++) {
                List<Ticket> tickets = story.tell(DemoPlan.month(i),
                        new ArrayList<>(new DemoMonth(i, scale, random, people, firstContact).tickets()));
                Path file = folder.resolve("tickets-" + DemoPlan.month(i) + ".csv");
                writeTickets(file, tickets);
                files.add(file);
                written.accept(file);
                progress.accept((i + 1.0) / DemoPlan.MONTHS);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo files to " + folder + ": " + e.getMessage(), e);
        }
    }

    private Path writeSubscribers(Path file) throws IOException {
        List<Long> totals = DemoPlan.subscriberTotals();
        try (CSVPrinter out = printer(file)) {
            out.printRecord(SubscriberImporter.HEADERS);
            for (int i = 0; i < DemoPlan.MONTHS; i++) {
                double[] weights = new double[DemoCatalog.DISTRICTS.size()];
                for (int d = 0; d < weights.length; d++) {
                    DemoCatalog.District district = DemoCatalog.DISTRICTS.get(d);
                    weights[d] = district.subscriberWeight() * (1 + district.monthlyGrowth() * i);
                }
                int[] counts = Quotas.split(Math.toIntExact(totals.get(i) * scale), weights);
                for (int d = 0; d < counts.length; d++) {
                    out.printRecord(DemoPlan.month(i), Districts.normalize(DemoCatalog.DISTRICTS.get(d).name()), counts[d]);
                }
            }
        }
        return file;
    }

    private static void writeTickets(Path file, List<Ticket> tickets) throws IOException {
        // The printer appends to a StringBuilder written out in blocks: printing straight into the file's
        // writer took its lock for every character (measured: 40 % of writing the demo).
        StringBuilder block = new StringBuilder(1 << 17);
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CSVPrinter out = new CSVPrinter(block, FORMAT);
            block.append('\uFEFF');
            out.printRecord(CanonicalField.standardHeaders());
            for (Ticket t : tickets) {
                out.printRecord(t.ticketId(), Timestamps.format(t.createdAt()), Timestamps.format(t.closedAt()),
                        t.district(), t.serviceCenter(), t.kindRaw(), t.category(), t.problem(), t.channel(),
                        t.escalationChannel(), t.firstContactResolved() == null ? null : t.firstContactResolved() ? "是" : "否",
                        t.statusRaw(), t.owner(), t.subscriber(),
                        t.satisfaction() == null ? null : Integer.toString(t.satisfaction().intValue()), t.description());
                if (block.length() > 1 << 16) {
                    writer.append(block);
                    block.setLength(0);
                }
            }
            writer.append(block);
        }
    }

    private static CSVPrinter printer(Path file) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return new CSVPrinter(writer, FORMAT);
    }
}
