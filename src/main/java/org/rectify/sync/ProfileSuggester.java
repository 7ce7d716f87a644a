package org.rectify.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A starting profile for an unknown export: the header row found, each header's guessed field
 * (from the built-in profiles' synonyms, exactly or as part of the header) and sample values.
 */
public final class ProfileSuggester {

    private static final int SAMPLE_ROWS = 20;

    /** One header with the field guessed for it (null when none) and a few values from below it. */
    public record HeaderGuess(String header, CanonicalField field, List<String> samples) {
    }

    /** The suggestion: the profile to edit, what each header looks like, and required fields still unmapped. */
    public record Suggestion(ImportProfile profile, long headerRow, String sheet, List<HeaderGuess> headers,
                             List<String> missing) {
    }

    /** Headers of English and other exports the built-in profiles do not name; matched whole, after theirs. */
    private static final Map<CanonicalField, List<String>> MORE_SYNONYMS = Map.ofEntries(
            Map.entry(CanonicalField.TICKET_ID, List.of("ticket #", "ticket", "ticket id", "ticket no", "ticket number",
                    "complaint id", "complaint number", "case id", "case number", "case #", "request id", "unique key",
                    "reference", "ref", "id")),
            Map.entry(CanonicalField.CREATED_AT, List.of("date received", "received", "created", "created date",
                    "created at", "creation date", "open date", "opened", "date opened", "submitted", "date submitted",
                    "reported", "date reported", "受理日期", "投诉时间", "投诉日期", "登记时间", "来电时间")),
            Map.entry(CanonicalField.CLOSED_AT, List.of("closed date", "date closed", "closed at", "resolved date",
                    "resolution date", "close date", "completed date", "办结时间", "结案时间", "完成时间")),
            Map.entry(CanonicalField.DISTRICT, List.of("state", "borough", "region", "area", "county", "province",
                    "district", "所属区县", "区县", "地区", "片区")),
            Map.entry(CanonicalField.CATEGORY, List.of("product", "category", "complaint type", "type", "issue type",
                    "投诉类别", "投诉类型", "类别")),
            Map.entry(CanonicalField.PROBLEM, List.of("issue", "sub-issue", "descriptor", "problem", "subcategory",
                    "sub-category", "问题", "问题类型")),
            Map.entry(CanonicalField.CHANNEL, List.of("submitted via", "channel", "source", "open data channel type",
                    "来源", "渠道")),
            Map.entry(CanonicalField.STATUS, List.of("status", "company response to consumer", "state of case", "处理结果")),
            Map.entry(CanonicalField.SUBSCRIBER, List.of("phone", "phone number", "telephone", "mobile", "customer phone",
                    "contact number", "联系方式", "手机号", "电话")),
            Map.entry(CanonicalField.DESCRIPTION, List.of("consumer complaint narrative", "narrative", "description",
                    "details", "complaint", "summary", "诉求内容", "内容")),
            Map.entry(CanonicalField.SERVICE_CENTER, List.of("company", "agency", "team", "department", "承办单位")),
            Map.entry(CanonicalField.OWNER, List.of("assigned to", "owner", "handler", "agent", "处理人")));

    private ProfileSuggester() {
    }

    public static Suggestion suggest(Path file) {
        List<SourceRow> rows = firstRows(file);
        if (rows.isEmpty()) {
            throw new FileRefusedException(file.getFileName() + ": no rows to look at");
        }
        return suggest(file.getFileName().toString(), rows, headerIndex(rows));
    }

    /** A suggestion from one sheet's first rows (non-blank) with the header at {@code headerRow}. */
    public static Suggestion suggest(String fileName, List<SourceRow> rows, long headerRow) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).rowNumber() == headerRow) {
                List<SourceRow> sample = rows.subList(i, Math.min(rows.size(), i + 1 + SAMPLE_ROWS));
                return suggest(fileName, new ArrayList<>(sample), 0);
            }
        }
        throw new FileRefusedException(fileName + ": row " + headerRow + " is not among the rows read");
    }

    private static Suggestion suggest(String fileName, List<SourceRow> rows, int headerIndex) {
        SourceRow header = rows.get(headerIndex);
        List<SourceRow> below = rows.subList(headerIndex + 1, rows.size());
        Map<CanonicalField, List<String>> columns = new EnumMap<>(CanonicalField.class);
        List<HeaderGuess> guesses = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i) == null ? "" : header.cells().get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            CanonicalField field = guess(name, columns);
            if (field != null) {
                columns.put(field, List.of(name));
            }
            guesses.add(new HeaderGuess(name, field, samples(below, i)));
        }
        List<ValueGuesses.Column> unmapped = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i) == null ? "" : header.cells().get(i).strip();
            if (!name.isEmpty() && columns.values().stream().noneMatch(v -> v.contains(name))) {
                List<String> values = new ArrayList<>();
                for (SourceRow row : below) {
                    values.add(row.cell(i));
                }
                unmapped.add(new ValueGuesses.Column(i, name, values));
            }
        }
        ValueGuesses.fill(unmapped, columns);
        List<HeaderGuess> finalGuesses = new ArrayList<>();
        for (HeaderGuess g : guesses) {
            CanonicalField byValue = g.field() != null ? g.field() : columns.entrySet().stream()
                    .filter(e -> e.getValue().contains(g.header())).map(Map.Entry::getKey).findFirst().orElse(null);
            finalGuesses.add(new HeaderGuess(g.header(), byValue, g.samples()));
        }
        guesses = finalGuesses;
        List<String> missing = new ArrayList<>();
        for (CanonicalField f : CanonicalField.values()) {
            if (f.required() && !columns.containsKey(f)) {
                missing.add(f.key());
            }
        }
        String stem = fileName.replaceFirst("\\.[^.]+$", "");
        ImportProfile profile = new ImportProfile(stem + "-profile", "Suggested for " + fileName + "; check and edit",
                (int) header.rowNumber(), List.of(), columns, Map.of(), List.of(), Map.of(), Map.of(), Map.of(), null, null, List.of(),
                null, null);
        return new Suggestion(profile, header.rowNumber(), header.sheet(), guesses, missing);
    }

    private static List<SourceRow> firstRows(Path file) {
        List<SourceRow> rows = new ArrayList<>();
        TableSource.open(file, FileFacts.of(file)).read(new RowSink() {
            private String firstSheet;

            @Override
            public void sheetStarted(String sheet) {
                if (firstSheet == null) {
                    firstSheet = sheet == null ? "" : sheet;
                }
            }

            @Override
            public void row(String sheet, long rowNumber, List<String> cells) {
                // a summary sheet repeats the others; the rows to learn from are a district's
                if (sheet != null && MappingSink.SUMMARY_SHEET.matcher(sheet).matches()) {
                    return;
                }
                if (!rows.isEmpty() && !java.util.Objects.equals(rows.get(0).sheet(), sheet)) {
                    return; // one sheet's header and rows, the first that is not a summary
                }
                SourceRow row = new SourceRow(sheet, rowNumber, cells);
                if (!row.blank()) {
                    rows.add(row);
                }
            }

            @Override
            public void sheetEnded(String sheet) {
            }

            @Override
            public boolean stopRequested() {
                return rows.size() >= HeaderLocator.SEARCH_ROWS + SAMPLE_ROWS;
            }
        });
        return rows;
    }

    /** The row a built-in profile recognises, else the first row with the most filled cells. */
    private static int headerIndex(List<SourceRow> rows) {
        List<SourceRow> searched = rows.subList(0, Math.min(rows.size(), HeaderLocator.SEARCH_ROWS));
        HeaderLocator.Found found = new HeaderLocator(BuiltInProfiles.all()).locate(searched);
        if (found != null) {
            return found.index();
        }
        int best = 0;
        for (int i = 0; i < searched.size(); i++) {
            if (filled(searched.get(i)) > filled(searched.get(best))) {
                best = i;
            }
        }
        return best;
    }

    private static long filled(SourceRow row) {
        return row.cells().stream().filter(c -> c != null && !c.isBlank()).count();
    }

    private static CanonicalField guess(String header, Map<CanonicalField, List<String>> taken) {
        String h = HeaderNames.normalize(header);
        Map<CanonicalField, Boolean> partial = new LinkedHashMap<>();
        for (ImportProfile profile : BuiltInProfiles.all()) {
            for (Map.Entry<CanonicalField, List<String>> e : profile.columns().entrySet()) {
                if (taken.containsKey(e.getKey())) {
                    continue;
                }
                for (String synonym : e.getValue()) {
                    String s = HeaderNames.normalize(synonym);
                    if (s.equals(h)) {
                        return e.getKey();
                    }
                    // a header that contains a known name ("受理时间(系统)"), never one contained in a
                    // known name: "Date" is in "Closed Date" and is not a closing time
                    if (s.length() >= 2 && h.contains(s)) {
                        partial.putIfAbsent(e.getKey(), true);
                    }
                }
            }
        }
        for (Map.Entry<CanonicalField, List<String>> e : MORE_SYNONYMS.entrySet()) {
            if (!taken.containsKey(e.getKey()) && e.getValue().stream().map(HeaderNames::normalize).anyMatch(h::equals)) {
                return e.getKey();
            }
        }
        return partial.isEmpty() ? null : partial.keySet().iterator().next();
    }

    private static List<String> samples(List<SourceRow> rows, int column) {
        List<String> values = new ArrayList<>();
        for (SourceRow row : rows) {
            String cell = row.cell(column);
            if (cell != null && !cell.isBlank() && !values.contains(cell.strip())) {
                values.add(cell.strip().length() > 60 ? cell.strip().substring(0, 60) + "…" : cell.strip());
            }
            if (values.size() == 3) {
                break;
            }
        }
        return values;
    }
}
