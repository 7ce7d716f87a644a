package org.rectify.checklist.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rectify.checklist.ChecklistService;
import org.rectify.checklist.ItemPatch;
import org.rectify.checklist.Refusal;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.ItemStatus;
import org.rectify.sync.DateTimes;

/**
 * Merges a filled-in checklist workbook back, item by item. A field the district changed is taken
 * when the store still holds what was exported; a field changed in both since the export is a
 * conflict, left for a person to decide — never overwritten silently. Rows that cannot be taken
 * (unknown id, an invalid status, date or cause, a transition the rules refuse) are rejected with
 * sheet, row and column; the other rows merge, all in one transaction.
 */
public final class ChecklistImport {

    /** The file is not a workbook this app exported: nothing is read from it. */
    public static final class NotAChecklist extends RuntimeException {
        public NotAChecklist(String message) {
            super(message);
        }
    }

    /** Why a row was not merged. */
    public enum Reason {
        NOT_AN_ID("%s"),
        UNKNOWN_ID("item %s was not in this export or no longer exists"),
        BAD_STATUS("'%s' is not a status (未启动, 整改中, 待验证, 已销号, 无法整改)"),
        BAD_DATE("'%s' is not a date (yyyy-MM-dd)"),
        BLANK_DUE("the due date cannot be left blank"),
        UNKNOWN_CAUSE("'%s' is not in the cause catalogue"),
        REFUSED("%2$s");

        private final String english;

        Reason(String english) {
            this.english = english;
        }
    }

    /** A row not merged; {@code row} is the row number Excel shows. */
    public record Rejected(String sheet, int row, String column, Reason reason, List<String> args, Refusal refusal) {

        Rejected(String sheet, int row, String column, String message) {
            this(sheet, row, column, Reason.NOT_AN_ID, List.of(message), null);
        }

        public String text() {
            return String.format(reason.english, args.toArray());
        }
    }

    /** A field changed in the file and in the store since the export, to different values. */
    public record Conflict(long itemId, String title, String sheet, int row, String column, String exported,
                           String inFile, String inStore) {
    }

    /** The fields a row changes. */
    public record Change(long itemId, String sheet, int row, Map<String, String> fields) {
    }

    /** What a workbook would change, before anything is written. */
    public record Plan(String week, List<Change> changes, List<Conflict> conflicts, List<Rejected> rejected) {
    }

    /** What was merged, what was refused, and the conflicts left as they were. */
    public record Result(List<Change> merged, List<Conflict> conflicts, List<Rejected> rejected) {
    }

    private final ChecklistService service;

    public ChecklistImport(ChecklistService service) {
        this.service = service;
    }

    public Plan plan(Path file) throws IOException {
        WorkbookAnswers answers = new ChecklistWorkbookReader().read(file);
        List<String> causes = service.causes();
        List<Change> changes = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>(answers.unreadable());
        for (WorkbookAnswers.Answer a : answers.answers()) {
            Map<SheetColumn, String> exported = answers.exported().get(a.id());
            ChecklistItem item = exported == null ? null : service.item(a.id()).orElse(null);
            if (item == null) {
                rejected.add(new Rejected(a.sheet(), a.row(), SheetColumn.ID.title, Reason.UNKNOWN_ID,
                        List.of(Long.toString(a.id())), null));
                continue;
            }
            Rejected invalid = invalid(a, causes);
            if (invalid != null) {
                rejected.add(invalid);
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (SheetColumn c : SheetColumn.editableColumns()) {
                String before = exported.get(c);
                String inFile = a.values().get(c);
                String inStore = ItemCells.editable(item, c);
                if (Objects.equals(norm(inFile), norm(before)) || Objects.equals(norm(inFile), norm(inStore))) {
                    continue;
                }
                if (Objects.equals(norm(inStore), norm(before))) {
                    fields.put(c.title, inFile == null ? "" : inFile);
                } else {
                    conflicts.add(new Conflict(a.id(), item.title(), a.sheet(), a.row(), c.title, before, inFile, inStore));
                }
            }
            if (!fields.isEmpty()) {
                changes.add(new Change(a.id(), a.sheet(), a.row(), fields));
            }
        }
        return new Plan(answers.week(), changes, conflicts, rejected);
    }

    /**
     * Writes the plan's changes, and for each conflict in {@code takeFromFile} the file's value; the
     * other conflicts keep the store's value and are returned. Changes the rules refuse are rejected.
     */
    public Result apply(Plan plan, Collection<Conflict> takeFromFile, String who) {
        Map<Long, Change> byItem = new LinkedHashMap<>();
        plan.changes().forEach(c -> byItem.put(c.itemId(), c));
        for (Conflict c : takeFromFile) {
            Change existing = byItem.get(c.itemId());
            Map<String, String> fields = new LinkedHashMap<>(existing == null ? Map.of() : existing.fields());
            fields.put(c.column(), c.inFile() == null ? "" : c.inFile());
            byItem.put(c.itemId(), new Change(c.itemId(), c.sheet(), c.row(), fields));
        }
        Map<Long, ItemPatch> patches = new LinkedHashMap<>();
        byItem.forEach((id, change) -> patches.put(id, patch(change)));
        Map<Long, Refusal> refused = service.editEach(patches, who);
        List<Rejected> rejected = new ArrayList<>(plan.rejected());
        List<Change> merged = new ArrayList<>();
        byItem.forEach((id, change) -> {
            Refusal r = refused.get(id);
            if (r == null) {
                merged.add(change);
            } else {
                rejected.add(new Rejected(change.sheet(), change.row(), columnOf(r), Reason.REFUSED,
                        List.of(r.kind().name(), r.getMessage()), r));
            }
        });
        List<Conflict> left = plan.conflicts().stream().filter(c -> !takeFromFile.contains(c)).toList();
        return new Result(merged, left, rejected);
    }

    private static Rejected invalid(WorkbookAnswers.Answer a, List<String> causes) {
        String status = a.values().get(SheetColumn.STATUS);
        if (status != null) {
            try {
                ItemStatus.parse(status);
            } catch (IllegalArgumentException e) {
                return new Rejected(a.sheet(), a.row(), SheetColumn.STATUS.title, Reason.BAD_STATUS, List.of(status), null);
            }
        }
        String due = a.values().get(SheetColumn.DUE);
        if (due == null) {
            return new Rejected(a.sheet(), a.row(), SheetColumn.DUE.title, Reason.BLANK_DUE, List.of(), null);
        }
        if (DateTimes.parse(due) == null) {
            return new Rejected(a.sheet(), a.row(), SheetColumn.DUE.title, Reason.BAD_DATE, List.of(due), null);
        }
        String cause = a.values().get(SheetColumn.CAUSE);
        if (cause != null && !causes.contains(cause)) {
            return new Rejected(a.sheet(), a.row(), SheetColumn.CAUSE.title, Reason.UNKNOWN_CAUSE, List.of(cause), null);
        }
        return null;
    }

    private static ItemPatch patch(Change change) {
        ItemPatch p = ItemPatch.NONE;
        for (Map.Entry<String, String> e : change.fields().entrySet()) {
            String v = e.getValue();
            p = switch (column(e.getKey())) {
                case OWNER -> p.withOwner(v);
                case REVIEWER -> p.withReviewer(v);
                case DUE -> p.withDue(LocalDate.from(DateTimes.parse(v)));
                case STATUS -> p.withStatus(ItemStatus.parse(v));
                case CAUSE -> p.withCause(v);
                case ACTION -> p.withAction(v);
                case NOTES -> p.withNotes(v);
                case REASON -> p.withCannotFixReason(v);
                default -> throw new IllegalStateException(e.getKey() + " is not editable");
            };
        }
        return p;
    }

    private static SheetColumn column(String title) {
        for (SheetColumn c : SheetColumn.values()) {
            if (c.title.equals(title)) {
                return c;
            }
        }
        throw new IllegalArgumentException(title);
    }

    private static String columnOf(Refusal r) {
        return switch (r.kind()) {
            case REASON_REQUIRED -> SheetColumn.REASON.title;
            case OWNER_REQUIRED -> SheetColumn.OWNER.title;
            case CAUSE_AND_ACTION_REQUIRED, UNKNOWN_CAUSE -> SheetColumn.CAUSE.title;
            default -> SheetColumn.STATUS.title;
        };
    }

    /** Blank and absent are the same; a date compares by its day. */
    private static String norm(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        var time = v.length() <= 19 ? DateTimes.parse(v) : null;
        return time != null && v.matches("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}.*") ? time.toLocalDate().toString() : v;
    }

    /** Exports {@code week}'s checklist (one district, or all when null) to {@code file}. */
    public static void export(ChecklistService service, org.rectify.domain.Period week, String district, Path file,
                              java.time.LocalDateTime at) throws IOException {
        new ChecklistWorkbookWriter(service.causes()).write(service.list(week, district), service.districts(), at, file);
    }
}
