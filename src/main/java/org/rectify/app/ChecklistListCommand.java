package org.rectify.app;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.rectify.checklist.ChecklistService;
import org.rectify.checklist.ItemRow;
import org.rectify.checklist.Verification;
import org.rectify.checklist.WeekChecklist;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.ItemStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code checklist list --week W [--district D] [--status S] [--format table|csv|json]}. */
@Command(name = "list", description = "The week's checklist: its own items and the open ones carried over.")
final class ChecklistListCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @ParentCommand
    ChecklistCommand checklist;

    @Spec
    CommandSpec spec;

    @Option(names = "--week", required = true, paramLabel = "W")
    String week;

    @Option(names = "--district", paramLabel = "D")
    String district;

    @Option(names = "--status", paramLabel = "S", description = "only items in this status")
    String status;

    @Option(names = "--format", defaultValue = "table", paramLabel = "F", description = "table, csv or json")
    Format format;

    @Override
    public Integer call() {
        try (Wiring wiring = checklist.openWiring()) {
            ChecklistService service = checklist.service(wiring);
            ChecklistCommand.Where where = ChecklistCommand.where(service, week, district, spec.commandLine().getErr());
            if (where == null) {
                return 2;
            }
            ItemStatus only;
            try {
                only = status == null ? null : ItemStatus.parse(status);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
            WeekChecklist list = service.list(where.week(), where.district());
            List<ItemRow> rows = list.rows().stream().filter(r -> only == null || r.item().status() == only).toList();
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case json -> out.println(json(list, rows));
                case csv -> csv(out, rows);
                case table -> table(out, list, rows);
            }
            return 0;
        }
    }

    private static void table(PrintWriter out, WeekChecklist list, List<ItemRow> rows) {
        out.printf("%s%s, today %s%s: %d items, %d signed off%n", list.week(), list.district() == null ? "" : " " + list.district(),
                list.today().date(), list.today().fromData() ? " (the day after the demo data)" : "", rows.size(),
                rows.stream().filter(r -> r.item().status() == ItemStatus.SIGNED_OFF).count());
        for (ItemRow r : rows) {
            ChecklistItem i = r.item();
            out.printf("%5d  %-7s %-6s %-21s %-7s %-5s %-8s %-10s %s%s%n", i.id(), i.kind().key(), i.district(),
                    i.status().key(), r.level() == 0 ? "" : "L" + r.level(), r.ageWeeks() == 0 ? "" : "+" + r.ageWeeks() + "w",
                    i.owner() == null ? "—" : i.owner(), i.due() == null ? "" : i.due(), i.title(),
                    r.verification().state() == Verification.State.NONE ? "" : "  [" + r.verification().state().key() + "]");
        }
    }

    private static void csv(PrintWriter out, List<ItemRow> rows) {
        out.println("id,kind,title,district,category,problem,ticket_id,owner,reviewer,due,status,cause,level,age_weeks,verification");
        for (ItemRow r : rows) {
            ChecklistItem i = r.item();
            out.println(String.join(",", Long.toString(i.id()), i.kind().key(), cell(i.title()), cell(i.district()),
                    cell(i.category()), cell(i.problem()), cell(i.ticketId()), cell(i.owner()), cell(i.reviewer()),
                    i.due() == null ? "" : i.due().toString(), i.status().key(), cell(i.cause()), Integer.toString(r.level()),
                    Integer.toString(r.ageWeeks()), r.verification().state().key()));
        }
    }

    /** Quoted when needed; text a spreadsheet would run as a formula gets a leading apostrophe. */
    private static String cell(String s) {
        if (s == null) {
            return "";
        }
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    static String json(WeekChecklist list, List<ItemRow> rows) {
        JsonObject o = new JsonObject();
        o.addProperty("week", list.week().toString());
        o.add("district", JsonFigures.text(list.district()));
        o.addProperty("today", list.today().date().toString());
        JsonArray items = new JsonArray();
        for (ItemRow r : rows) {
            ChecklistItem i = r.item();
            JsonObject item = new JsonObject();
            item.addProperty("id", i.id());
            item.addProperty("kind", i.kind().key());
            item.addProperty("title", i.title());
            item.addProperty("district", i.district());
            item.add("category", JsonFigures.text(i.category()));
            item.add("problem", JsonFigures.text(i.problem()));
            item.add("ticket_id", JsonFigures.text(i.ticketId()));
            item.add("owner", JsonFigures.text(i.owner()));
            item.add("reviewer", JsonFigures.text(i.reviewer()));
            item.add("due", JsonFigures.text(i.due() == null ? null : i.due().toString()));
            item.addProperty("status", i.status().key());
            item.add("cause", JsonFigures.text(i.cause()));
            item.addProperty("level", r.level());
            item.addProperty("age_weeks", r.ageWeeks());
            item.add("verification", verification(r.verification()));
            items.add(item);
        }
        o.add("items", items);
        return new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(o);
    }

    private static JsonObject verification(Verification v) {
        JsonObject o = new JsonObject();
        o.addProperty("state", v.state().key());
        o.addProperty("target", v.target());
        JsonArray weeks = new JsonArray();
        for (Verification.WeekCount w : v.weeks()) {
            JsonObject week = new JsonObject();
            week.addProperty("week", w.week().toString());
            week.addProperty("count", w.count());
            weeks.add(week);
        }
        o.add("weeks", weeks);
        return o;
    }
}
