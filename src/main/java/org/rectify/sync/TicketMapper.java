package org.rectify.sync;

import static org.rectify.sync.CanonicalField.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rectify.domain.Districts;
import org.rectify.domain.EpochDays;
import org.rectify.domain.ProblemNames;
import org.rectify.domain.RejectedRow;
import org.rectify.domain.RowProblem;
import org.rectify.domain.Ticket;
import org.rectify.domain.TicketKind;
import org.rectify.domain.TicketStatus;

/**
 * Turns a source row into a canonical ticket, a rejection that says which column is wrong and
 * why, or nothing when the profile's filter leaves the row out.
 */
public final class TicketMapper {

    private static final Set<String> YES = Set.of("是", "y", "yes", "1", "true", "t", "√", "已解决");
    private static final Set<String> NO = Set.of("否", "n", "no", "0", "false", "f", "×", "未解决");

    private final String fileName;
    private final ColumnMapping mapping;
    private final List<DateTimeFormatter> dateFormats;

    private final FileTallies tallies;
    private final boolean serialsFrom1904;
    private final SharedNames names = new SharedNames();
    private static final int MAX_NUMBERS = 1_000;
    private final Map<String, Double> numbers = new java.util.HashMap<>();

    public TicketMapper(String fileName, ColumnMapping mapping) {
        this(fileName, mapping, new FileTallies(), false);
    }

    /**
     * {@code tallies} are the file's, shared by its sheets' mappers; {@code serialsFrom1904}: the file is a
     * workbook whose serial dates count from 1904.
     */
    TicketMapper(String fileName, ColumnMapping mapping, FileTallies tallies, boolean serialsFrom1904) {
        this.tallies = tallies;
        this.serialsFrom1904 = serialsFrom1904;
        this.fileName = fileName;
        this.mapping = mapping;
        this.dateFormats = mapping.profile().dateFormats().stream()
                .map(p -> DateTimeFormatter.ofPattern(p, Locale.US)).toList();
    }

    /** The outcome for one row: a ticket, a rejection, or neither when filtered out. */
    public record Mapped(Ticket ticket, RejectedRow rejection) {
        public boolean filtered() {
            return ticket == null && rejection == null;
        }
    }

    public Mapped map(SourceRow row) {
        if (!mapping.kept(row)) {
            return new Mapped(null, null);
        }
        String id = value(row, TICKET_ID);
        if (id == null) {
            return reject(row, TICKET_ID, RowProblem.NO_TICKET_ID.text());
        }
        String createdText = value(row, CREATED_AT);
        LocalDateTime created = time(createdText);
        if (created == null) {
            return reject(row, CREATED_AT, createdText == null ? RowProblem.NO_CREATION_TIME.text()
                    : RowProblem.BAD_CREATION_TIME.text(createdText));
        }
        String closedText = value(row, CLOSED_AT);
        LocalDateTime closed = time(closedText);
        if (closedText != null && closed == null) {
            return reject(row, CLOSED_AT, RowProblem.BAD_CLOSING_TIME.text(closedText));
        }
        // compared to the second first: LocalDateTime's own comparison branches on year and month (EpochDays)
        if (closed != null && EpochDays.secondOf(closed) <= EpochDays.secondOf(created) && closed.isBefore(created)) {
            return reject(row, CLOSED_AT, RowProblem.CLOSED_BEFORE_CREATED.text(closedText, createdText));
        }
        String district = Districts.normalize(value(row, DISTRICT));
        if (district == null) {
            return reject(row, DISTRICT, RowProblem.NO_DISTRICT.text());
        }
        String fcrText = value(row, FIRST_CONTACT_RESOLVED);
        Boolean firstContact = yesNo(fcrText);
        if (fcrText != null && firstContact == null) {
            return reject(row, FIRST_CONTACT_RESOLVED, RowProblem.BAD_FLAG.text(fcrText));
        }
        // a survey result in words (满意) is no score: the ticket counts all the same, stored without one and said
        String satisfactionText = value(row, SATISFACTION);
        Double satisfaction = number(satisfactionText);
        if (satisfactionText != null && satisfaction == null) {
            tallies.satisfactionWords.add(satisfactionText.strip());
        }
        String kindRaw = value(row, KIND);
        TicketKind kind = TicketKind.fromRaw(kindRaw);
        if (kindRaw == null) {
            tallies.kindDefaulted();
        }
        if (kind == TicketKind.OTHER) {
            tallies.unknownKinds.add(kindRaw.strip());
        }
        // the status the profile's value map makes of the word decides open or closed; the word as exported is kept
        String statusRaw = mapping.value(row, STATUS);
        Ticket ticket = new Ticket(id, created, closed, names.of(district), names.of(value(row, SERVICE_CENTER)),
                kind, names.of(kindRaw), names.of(value(row, CATEGORY)), names.of(problem(row)),
                names.of(value(row, CHANNEL)), names.of(value(row, ESCALATION_CHANNEL)), firstContact,
                TicketStatus.fromRaw(value(row, STATUS), closed != null), names.of(statusRaw), names.of(value(row, OWNER)),
                value(row, SUBSCRIBER), satisfaction, value(row, DESCRIPTION));
        return new Mapped(ticket, null);
    }

    /** The mapped value after the profile's value map (龙华区 → 龙华, Y → 是 …), or the profile's default for a blank. */
    private String value(SourceRow row, CanonicalField field) {
        String raw = mapping.value(row, field);
        if (raw == null) {
            String fallback = mapping.profile().defaults().get(field);
            if (fallback != null) {
                tallies.defaulted.computeIfAbsent(field, f -> new long[1])[0]++;
            }
            return fallback;
        }
        Map<String, String> map = mapping.profile().values().get(field);
        if (map == null) {
            return raw;
        }
        String mapped = map.get(raw);
        return mapped == null ? raw : mapped.isBlank() ? null : mapped;
    }

    /** The problem name tidied (spaces, full-width forms), counted when that changed it. */
    private String problem(SourceRow row) {
        String name = value(row, PROBLEM);
        String tidy = ProblemNames.tidy(name);
        if (tidy != null && !tidy.equals(name)) {
            tallies.problemTidied();
        }
        return tidy == null || tidy.isEmpty() ? null : tidy;
    }

    private LocalDateTime time(String text) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : dateFormats) {
            try {
                TemporalAccessor parsed = format.parseBest(text, LocalDateTime::from, LocalDate::from);
                return parsed instanceof LocalDateTime t ? t : ((LocalDate) parsed).atStartOfDay();
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        LocalDateTime automatic = DateTimes.parse(text);
        return automatic != null ? automatic : ExcelValues.fromSerial(text, serialsFrom1904);
    }

    private Mapped reject(SourceRow row, CanonicalField field, String reason) {
        return new Mapped(null, new RejectedRow(fileName, row.sheet(), row.rowNumber(), mapping.header(field),
                reason, row.cells()));
    }

    private static Boolean yesNo(String text) {
        if (text == null) {
            return null;
        }
        String s = text.toLowerCase(Locale.ROOT);
        if (YES.contains(s)) {
            return Boolean.TRUE;
        }
        return NO.contains(s) ? Boolean.FALSE : null;
    }

    /**
     * A score as Double.valueOf reads it. Scores repeat (1 to 5, a few decimals): each distinct text is
     * parsed once, sparing the parser's buffers for every row of a big file.
     */
    private Double number(String text) {
        if (text == null) {
            return null;
        }
        Double known = numbers.get(text);
        if (known != null) {
            return known;
        }
        try {
            Double value = Double.valueOf(text);
            if (numbers.size() < MAX_NUMBERS) {
                numbers.put(text, value);
            }
            return value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
