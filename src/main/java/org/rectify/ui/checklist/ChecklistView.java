package org.rectify.ui.checklist;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.rectify.checklist.ItemPatch;
import org.rectify.checklist.ItemRow;
import org.rectify.domain.Period;
import org.rectify.domain.TicketFilter;
import org.rectify.ui.common.DialogService;
import org.rectify.ui.common.TicketDrillDown;
import org.rectify.ui.i18n.Messages;

/** The weekly checklist screen: week and actions on top, quick filters, the table with its detail, bulk edit below. */
public final class ChecklistView {

    private final ChecklistModel model;
    private final ChecklistController controller;
    private final BorderPane root = new BorderPane();
    private final Label weekLabel = new Label();
    private final Label progress = new Label();
    private final Label todayBadge = new Label();
    private final Label error = new Label();
    private final Label message = new Label();
    private final ItemTable table;
    private final ItemDetailPane detail;
    private final SplitPane split = new SplitPane();
    private final TextField newTitle = new TextField();
    private final Button add = new Button(Messages.get("checklist.add"), new FontIcon(Feather.PLUS));
    private final ChangeListener<Object> onWeek = (obs, old, now) -> showWeek();
    private final ListChangeListener<ItemRow> onRows = c -> showProgress();
    private final ListChangeListener<ItemRow> onSelection;

    public ChecklistView(ChecklistModel model, ChecklistController controller, DialogService dialogs, TicketDrillDown drillDown) {
        this.model = model;
        this.controller = controller;
        root.setId("checklist-screen");
        root.getStyleClass().add("screen");
        table = new ItemTable(model, (row, patch) -> controller.edit(List.of(row.item().id()), patch));
        detail = new ItemDetailPane(model, dialogs, (row, patch) -> controller.edit(List.of(row.item().id()), patch),
                row -> dialogs.chooseOpenFile(Messages.get("checklist.detail.attach"), null)
                        .ifPresent(f -> controller.attachEvidence(row.item().id(), f)),
                ev -> dialogs.openFile(controller.fileOf(ev)),
                row -> drillDown.open(ticketsOf(row), row.item().title()));
        onSelection = c -> {
            var chosen = table.table().getSelectionModel().getSelectedItems();
            model.selected().set(chosen.size() == 1 ? chosen.get(0) : null);
        };
        BulkEditBar bulk = new BulkEditBar(table.table().getSelectionModel().getSelectedItems(), model.causes(),
                model.people(), patch -> controller.edit(selectedIds(), patch));
        VBox top = new VBox(toolbar(dialogs), filters());
        root.setTop(top);
        split.getItems().setAll(table.table());
        // the detail opens beside the table for one chosen item, and gives the room back for bulk work
        model.selected().addListener((obs, old, now) -> {
            if (now != null && !split.getItems().contains(detail.root())) {
                split.getItems().add(detail.root());
                double width = Math.max(split.getWidth(), 700);
                split.setDividerPositions(1 - Math.max(300, 0.27 * width) / width);
            } else if (now == null) {
                split.getItems().remove(detail.root());
            }
        });
        root.setCenter(split);
        root.setBottom(bulk.root());
    }

    public BorderPane root() {
        return root;
    }

    public javafx.scene.control.TableView<ItemRow> table() {
        return table.table();
    }

    public void attach() {
        model.week().addListener(onWeek);
        model.today().addListener(onWeek);
        model.allRows().addListener(onRows);
        table.table().getSelectionModel().getSelectedItems().addListener(onSelection);
        detail.attach();
        showWeek();
        showProgress();
    }

    public void detach() {
        model.week().removeListener(onWeek);
        model.today().removeListener(onWeek);
        model.allRows().removeListener(onRows);
        table.table().getSelectionModel().getSelectedItems().removeListener(onSelection);
        detail.detach();
    }

    /** Chooses a problem item whose effect the data judged, a rebound first, so that its detail and trend show. */
    public void showcase() {
        var rows = table.table().getItems();
        ItemRow best = null;
        for (ItemRow r : rows) {
            var state = r.verification().state();
            if (r.item().kind() == org.rectify.domain.ItemKind.PROBLEM && state != org.rectify.checklist.Verification.State.NONE
                    && (best == null || state == org.rectify.checklist.Verification.State.REBOUND)) {
                best = r;
                if (state == org.rectify.checklist.Verification.State.REBOUND) {
                    break;
                }
            }
        }
        if (best != null) {
            table.table().getSelectionModel().clearSelection();
            table.table().getSelectionModel().select(best);
            table.table().scrollTo(best);
        }
    }

    private List<Long> selectedIds() {
        return table.table().getSelectionModel().getSelectedItems().stream().map(r -> r.item().id()).toList();
    }

    private HBox toolbar(DialogService dialogs) {
        Label title = new Label(Messages.get("checklist.title"));
        title.getStyleClass().add("screen-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button previous = iconButton("checklist-previous", Feather.CHEVRON_LEFT, "checklist.previousWeek");
        previous.setOnAction(e -> controller.stepWeek(-1));
        Button next = iconButton("checklist-next", Feather.CHEVRON_RIGHT, "checklist.nextWeek");
        next.setOnAction(e -> controller.stepWeek(1));
        Button thisWeek = new Button(Messages.get("checklist.thisWeek"));
        thisWeek.setOnAction(e -> controller.goToToday());
        weekLabel.setId("checklist-week");
        weekLabel.getStyleClass().add("week-label");
        weekLabel.setMinWidth(Region.USE_PREF_SIZE);
        Button generate = new Button(Messages.get("checklist.generate"), new FontIcon(Feather.ZAP));
        generate.setId("checklist-generate");
        generate.setOnAction(e -> controller.generate());
        newTitle.setId("checklist-new-title");
        newTitle.setPromptText(Messages.get("checklist.add.titlePrompt"));
        newTitle.setPrefColumnCount(14);
        add.setId("checklist-add");
        add.setOnAction(e -> {
            if (!newTitle.getText().isBlank()) {
                controller.addManual(model.district().get(), newTitle.getText(), null, null);
                newTitle.clear();
            }
        });
        newTitle.setOnAction(add.getOnAction());
        // a manual item belongs to one district: adding needs one chosen in the header
        newTitle.disableProperty().bind(model.district().isNull());
        add.disableProperty().bind(Bindings.or(model.district().isNull(), newTitle.textProperty().isEmpty()));
        Button export = new Button(Messages.get("checklist.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("checklist-export");
        export.setOnAction(e -> dialogs.chooseSaveFile(Messages.get("checklist.export"),
                Messages.get("checklist.title") + "-" + model.week().get() + ".xlsx", "xlsx").ifPresent(controller::export));
        Button importButton = new Button(Messages.get("checklist.import"), new FontIcon(Feather.UPLOAD));
        importButton.setId("checklist-import");
        importButton.setOnAction(e -> dialogs.chooseOpenFile(Messages.get("checklist.import"), "xlsx")
                .ifPresent(controller::importWorkbook));
        error.setId("checklist-error");
        error.getStyleClass().add("error-label");
        error.textProperty().bind(model.error());
        error.setWrapText(true);
        error.setMinWidth(0);
        HBox.setHgrow(error, Priority.ALWAYS);
        for (Button b : new Button[] {previous, next, thisWeek, generate, add, export, importButton}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        javafx.scene.control.MenuButton packs = new javafx.scene.control.MenuButton(Messages.get("checklist.pack"),
                new FontIcon(Feather.FILE_TEXT));
        packs.setId("checklist-packs");
        packs.setMinWidth(Region.USE_PREF_SIZE);
        // the menu is filled when it opens: the archive may have grown since
        packs.setOnShowing(e -> fillPacks(packs));
        HBox bar = new org.rectify.ui.common.IconOnlyWhenNarrow(8, List.of(generate, export, importButton, packs),
                title, previous, weekLabel, next, thisWeek, error, spacer, generate, export, importButton, packs);
        bar.setId("checklist-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 6, 16));
        return bar;
    }

    private void fillPacks(javafx.scene.control.MenuButton packs) {
        javafx.scene.control.MenuItem make = new javafx.scene.control.MenuItem(
                Messages.format("checklist.pack.make", model.week().get()));
        make.setOnAction(e -> controller.makePack());
        packs.getItems().setAll(make, new javafx.scene.control.SeparatorMenuItem());
        var archivedPacks = controller.archivedPacks(); // a folder listing: read once per opening
        for (var archived : archivedPacks) {
            javafx.scene.control.Menu week = new javafx.scene.control.Menu(archived.week().toString());
            for (var file : archived.files()) {
                javafx.scene.control.MenuItem open = new javafx.scene.control.MenuItem(file.getFileName().toString());
                open.setOnAction(e -> controller.open(file));
                week.getItems().add(open);
            }
            packs.getItems().add(week);
        }
        if (archivedPacks.isEmpty()) {
            javafx.scene.control.MenuItem none = new javafx.scene.control.MenuItem(Messages.get("checklist.pack.none"));
            none.setDisable(true);
            packs.getItems().add(none);
        }
    }

    private HBox filters() {
        newTitle.setPrefColumnCount(12);
        ToggleGroup group = new ToggleGroup();
        HBox bar = new HBox(6);
        for (ChecklistModel.Filter f : ChecklistModel.Filter.values()) {
            ToggleButton b = new ToggleButton(Messages.get("checklist.filter." + key(f)));
            b.setId("checklist-filter-" + key(f));
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setToggleGroup(group);
            b.setSelected(f == model.filter().get());
            b.setOnAction(e -> {
                model.filter().set(f);
                b.setSelected(true);
            });
            bar.getChildren().add(b);
        }
        progress.setId("checklist-progress");
        progress.getStyleClass().add("progress-label");
        todayBadge.setId("checklist-today");
        todayBadge.getStyleClass().add("today-badge");
        message.textProperty().bind(model.message());
        message.getStyleClass().add("hint-label");
        message.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        progress.setMinWidth(Region.USE_PREF_SIZE);
        // on a narrow window the badge is cut, whole in its tooltip, rather than the row pushing past the edge
        todayBadge.setMinWidth(0);
        todayBadge.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> todayBadge.getText().isEmpty() ? null : new javafx.scene.control.Tooltip(todayBadge.getText()),
                todayBadge.textProperty()));
        bar.getChildren().addAll(progress, message, spacer, newTitle, add, todayBadge);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 16, 8, 16));
        bar.setMinWidth(0);
        return bar;
    }

    private static String key(ChecklistModel.Filter f) {
        return f.name().toLowerCase(java.util.Locale.ROOT);
    }

    private void showWeek() {
        Period w = model.week().get();
        weekLabel.setText(w == null ? "" : Messages.format("checklist.week", w, w.start(), w.lastDay()));
        var today = model.today().get();
        todayBadge.setText(today == null ? "" : Messages.format(today.fromData() ? "checklist.todayFromData"
                : "checklist.today", today.date()));
        todayBadge.getStyleClass().remove("from-data");
        if (today != null && today.fromData()) {
            todayBadge.getStyleClass().add("from-data");
        }
    }

    private void showProgress() {
        progress.setText(Messages.format("checklist.progress", model.signedOff(), model.allRows().size()));
    }

    private static TicketFilter ticketsOf(ItemRow row) {
        var i = row.item();
        if (i.ticketId() != null) {
            return TicketFilter.ALL.withDistrict(i.district()).withText(i.ticketId());
        }
        return new TicketFilter(i.district(), i.week().start(), i.week().end(), null, i.category(), i.problem(), null, true);
    }

    private static Button iconButton(String id, Feather icon, String tooltipKey) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        return b;
    }

}
