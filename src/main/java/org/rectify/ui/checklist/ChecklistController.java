package org.rectify.ui.checklist;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import javafx.beans.value.ChangeListener;
import org.rectify.checklist.ChecklistService;
import org.rectify.checklist.Generation;
import org.rectify.checklist.ItemPatch;
import org.rectify.checklist.ItemRow;
import org.rectify.checklist.Refusal;
import org.rectify.checklist.WeekChecklist;
import org.rectify.checklist.excel.ChecklistImport;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.ui.common.DialogService;
import org.rectify.ui.common.TaskRunner;
import org.rectify.ui.i18n.Messages;
import org.rectify.ui.shell.Selection;

/**
 * Reads and changes the checklist off the FX thread. Follows the header's district while shown;
 * the latest request wins when the week or district changes fast. Refusals come back as the
 * bundle's words, never as an exception text.
 */
public final class ChecklistController {

    private final ChecklistService service;
    private final Selection selection;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ChecklistModel model = new ChecklistModel();
    private final ChangeListener<String> onDistrict = (obs, old, now) -> model.district().set(now);
    private final ChangeListener<Object> onChoice = (obs, old, now) -> reload();
    private final ChangeListener<ItemRow> onSelected = (obs, old, now) -> loadDetail(now);
    private int request;

    private final java.util.function.Supplier<org.rectify.report.charts.ChartStyle> style;
    private final java.util.function.Supplier<org.rectify.report.pack.MeetingPackBuilder> packs;
    private final org.rectify.report.pack.PackArchive archive;

    public ChecklistController(ChecklistService service, Selection selection, TaskRunner runner, DialogService dialogs,
                               java.util.function.Supplier<org.rectify.report.charts.ChartStyle> style,
                               java.util.function.Supplier<org.rectify.report.pack.MeetingPackBuilder> packs,
                               org.rectify.report.pack.PackArchive archive) {
        this.packs = packs;
        this.archive = archive;
        this.style = style;
        this.service = service;
        this.selection = selection;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    public ChecklistModel model() {
        return model;
    }

    public void attach() {
        model.district().set(selection.district().get());
        selection.district().addListener(onDistrict);
        model.district().addListener(onChoice);
        model.week().addListener(onChoice);
        model.selected().addListener(onSelected);
        // "today" moves when data arrives (a demo store's today is the day after its data): a list
        // showing today's week follows it, a list someone moved to another week stays there
        runner.run(() -> new Object[] {service.today(), service.currentUser()}, found -> {
            org.rectify.checklist.Today before = model.today().get();
            org.rectify.checklist.Today now = (org.rectify.checklist.Today) found[0];
            model.setUser((String) found[1]);
            model.today().set(now);
            Period shown = model.week().get();
            Period todays = Period.of(Grain.WEEK, now.date());
            if (shown == null || before != null && shown.equals(Period.of(Grain.WEEK, before.date())) && !shown.equals(todays)) {
                model.week().set(todays);
            } else {
                reload();
            }
        }, this::failed);
    }

    public void detach() {
        selection.district().removeListener(onDistrict);
        model.district().removeListener(onChoice);
        model.week().removeListener(onChoice);
        model.selected().removeListener(onSelected);
    }

    public void stepWeek(int weeks) {
        Period w = model.week().get();
        if (w != null) {
            model.week().set(Period.of(Grain.WEEK, w.start().plusWeeks(weeks)));
        }
    }

    public void goToToday() {
        if (model.today().get() != null) {
            model.week().set(Period.of(Grain.WEEK, model.today().get().date()));
        }
    }

    /** Re-reads the week's list, the causes and the people for completion. */
    public void reload() {
        reload(true);
    }

    /** {@code clearError} false keeps a refusal on screen while the list is read again. */
    private void reload(boolean clearError) {
        Period week = model.week().get();
        if (week == null) {
            return;
        }
        String district = model.district().get();
        int mine = ++request;
        runner.run(() -> new Loaded(service.list(week, district), service.causes(), service.people()), loaded -> {
            if (mine != request) {
                return; // a newer week or district is on its way
            }
            long selectedId = model.selected().get() == null ? -1 : model.selected().get().item().id();
            model.today().set(loaded.list.today());
            model.allRows().setAll(loaded.list.rows());
            model.causes().setAll(loaded.causes);
            model.people().setAll(loaded.people);
            model.selected().set(loaded.list.rows().stream().filter(r -> r.item().id() == selectedId).findFirst().orElse(null));
            if (clearError) {
                model.error().set("");
            }
        }, this::failed);
    }

    private record Loaded(WeekChecklist list, List<String> causes, List<String> people) {
    }

    /** Applies one change to the items, all or nothing; a refusal is shown in words and changes nothing. */
    public void edit(Collection<Long> ids, ItemPatch patch) {
        if (ids.isEmpty() || patch.isEmpty()) {
            return;
        }
        List<Long> chosen = List.copyOf(ids);
        runner.run(() -> service.edit(chosen, patch), saved -> {
            model.message().set(Messages.format("checklist.saved", saved.size()));
            reload();
        }, error -> {
            failed(error);
            reload(false); // a refused edit typed into a cell: the cell shows the stored value again
        });
    }

    public void generate() {
        Period week = model.week().get();
        String district = model.district().get();
        runner.run(() -> service.generate(week, district), (Generation g) -> {
            model.message().set(Messages.format("checklist.generated", g.added().size(), g.alreadyListed()));
            reload();
        }, this::failed);
    }

    public void addManual(String district, String title, String owner, LocalDate due) {
        Period week = model.week().get();
        runner.run(() -> service.addManual(week, district, title, owner, due), item -> reload(), this::failed);
    }

    public void attachEvidence(long itemId, Path file) {
        runner.run(() -> service.attach(itemId, file), e -> loadDetail(model.selected().get()), this::failed);
    }

    public Path fileOf(org.rectify.domain.Evidence evidence) {
        return service.fileOf(evidence);
    }

    /** Writes the week's workbook; the status line says where. */
    public void export(Path file) {
        Period week = model.week().get();
        String district = model.district().get();
        runner.run(() -> {
            try {
                ChecklistImport.export(service, week, district, file, LocalDateTime.now().withNano(0));
                return file;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, written -> dialogs.showInfo(Messages.format("checklist.exported", written)), this::failed);
    }

    /** Writes the shown week's meeting pack into the archive (PDF, PPTX, XLSX); the menu then lists it to open. */
    public void makePack() {
        Period week = model.week().get();
        runner.run(() -> {
            try {
                return archive.archive(packs.get().build(week, null, LocalDateTime.now().withNano(0)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, archived -> model.message().set(Messages.format("checklist.pack.written", archived.week(),
                archived.files().get(0).getParent())), this::failed);
    }

    /** The archived meeting packs, the latest week first. */
    public List<org.rectify.report.pack.PackArchive.Archived> archivedPacks() {
        return archive.list();
    }

    public void open(Path file) {
        dialogs.openFile(file);
    }

    /** Reads a filled-in workbook, asks about each conflict, then merges. */
    public void importWorkbook(Path file) {
        ChecklistImport merge = new ChecklistImport(service);
        runner.run(() -> {
            try {
                return merge.plan(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, plan -> {
            List<ChecklistImport.Conflict> take = plan.conflicts().stream().filter(c -> dialogs.confirm(
                    Messages.get("checklist.import.title"), Messages.format("checklist.import.conflict", "#" + c.itemId(),
                            c.sheet(), c.row(), c.column(), blank(c.inFile()), blank(c.inStore())),
                    Messages.get("checklist.import.takeFile"))).toList();
            String who = service.currentUser();
            runner.run(() -> merge.apply(plan, take, who), result -> {
                StringBuilder text = new StringBuilder(Messages.format("checklist.import.summary", file.getFileName(),
                        result.merged().size(), result.conflicts().size(), result.rejected().size()));
                for (ChecklistImport.Rejected r : result.rejected()) {
                    text.append('\n').append(Messages.format("checklist.import.rejected", r.sheet(), r.row(), r.column(),
                            r.refusal() != null ? ChecklistTexts.refusal(r.refusal()) : r.text()));
                }
                dialogs.showInfo(text.toString());
                reload();
            }, this::failed);
        }, this::failed);
    }

    private void loadDetail(ItemRow row) {
        if (row == null) {
            model.history().clear();
            model.evidence().clear();
            model.trend().set(null);
            return;
        }
        var item = row.item();
        long id = item.id();
        model.trend().set(null);
        var chartStyle = style.get();
        var texts = new org.rectify.report.charts.ItemTrendChart.Texts(
                Messages.format("checklist.trend.title", item.district(), item.problem()),
                Messages.get("checklist.trend.series"), Messages.get("checklist.trend.axis"),
                Messages.get("checklist.trend.target"), Messages.get("checklist.trend.raised"),
                Messages.get("checklist.trend.done"), Messages.get("checklist.trend.verified"));
        runner.run(() -> new Detail(service.history(id), service.evidence(id),
                item.kind() == org.rectify.domain.ItemKind.PROBLEM
                        ? org.rectify.report.charts.ItemTrendChart.create(service.sliceTrend(item), texts, chartStyle) : null), d -> {
            if (model.selected().get() != null && model.selected().get().item().id() == id) {
                model.history().setAll(d.history);
                model.evidence().setAll(d.evidence);
                model.trend().set(d.trend);
            }
        }, this::failed);
    }

    private record Detail(List<org.rectify.domain.ItemChange> history, List<org.rectify.domain.Evidence> evidence,
                          org.jfree.chart.JFreeChart trend) {
    }

    private void failed(Throwable error) {
        Throwable cause = error;
        while (!(cause instanceof Refusal) && !(cause instanceof ChecklistImport.NotAChecklist) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof Refusal r) {
            model.error().set(ChecklistTexts.refusal(r));
        } else if (cause instanceof ChecklistImport.NotAChecklist n) {
            model.error().set(Messages.format("checklist.import.notChecklist", n.getMessage()));
        } else {
            model.error().set(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
        }
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
