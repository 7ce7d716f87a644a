package org.rectify.ui.checklist;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.rectify.checklist.ItemPatch;
import org.rectify.checklist.ItemRow;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.Evidence;
import org.rectify.domain.ItemChange;
import org.rectify.domain.Timestamps;
import org.rectify.ui.i18n.Messages;

/** The selected item: its slice and target, its effect, action and notes, its history and evidence. */
final class ItemDetailPane {

    private final VBox content = new VBox(8);
    private final javafx.scene.control.ScrollPane root = new javafx.scene.control.ScrollPane(content);
    private final Label title = new Label();
    private final Label facts = new Label();
    private final Label effect = new Label();
    private final TextArea action = new TextArea();
    private final TextArea notes = new TextArea();
    private final TextArea reason = new TextArea();
    private final Button save = new Button(Messages.get("checklist.detail.save"));
    private final Button showTickets = new Button(Messages.get("checklist.detail.tickets"));
    private final ListView<ItemChange> history = new ListView<>();
    private final ListView<Evidence> evidence = new ListView<>();
    private final Button attach = new Button(Messages.get("checklist.detail.attach"));
    private final Button open = new Button(Messages.get("checklist.detail.open"));
    private final ChecklistModel model;
    private final org.rectify.ui.common.ChartPane trend;
    private final ChangeListener<ItemRow> onSelected = (obs, old, now) -> show(now);
    private final ChangeListener<org.jfree.chart.JFreeChart> onTrend = (obs, old, now) -> showTrend(now);

    ItemDetailPane(ChecklistModel model, org.rectify.ui.common.DialogService dialogs, BiConsumer<ItemRow, ItemPatch> onEdit,
                   Consumer<ItemRow> onAttach, Consumer<Evidence> onOpen, Consumer<ItemRow> onShowTickets) {
        this.model = model;
        this.trend = new org.rectify.ui.common.ChartPane("checklist-trend", dialogs);
        trend.root().setPrefHeight(240);
        trend.root().setMinHeight(200);
        root.setId("checklist-detail");
        root.setFitToWidth(true);
        root.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        root.setPrefWidth(300);
        root.setMinWidth(260);
        content.getStyleClass().add("detail-pane");
        content.setPadding(new Insets(12));
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        facts.setWrapText(true);
        effect.setWrapText(true);
        effect.setId("detail-effect");
        for (TextArea area : new TextArea[] {action, notes, reason}) {
            area.setWrapText(true);
            area.setPrefRowCount(2);
        }
        action.setId("detail-action");
        notes.setId("detail-notes");
        reason.setId("detail-reason");
        save.setId("detail-save");
        save.setOnAction(e -> {
            ItemRow row = model.selected().get();
            if (row != null) {
                onEdit.accept(row, ItemPatch.NONE.withAction(action.getText()).withNotes(notes.getText())
                        .withCannotFixReason(reason.getText()));
            }
        });
        showTickets.setId("detail-tickets");
        showTickets.setOnAction(e -> onShowTickets.accept(model.selected().get()));
        history.setId("detail-history");
        history.setItems(model.history());
        history.setPrefHeight(220);
        history.setMinHeight(160);
        history.setCellFactory(list -> new HistoryCell());
        evidence.setId("detail-evidence");
        evidence.setItems(model.evidence());
        evidence.setPrefHeight(80);
        evidence.setMinHeight(60);
        evidence.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Evidence item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.fileName());
            }
        });
        evidence.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && evidence.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(evidence.getSelectionModel().getSelectedItem());
            }
        });
        attach.setId("detail-attach");
        attach.setOnAction(e -> onAttach.accept(model.selected().get()));
        open.setOnAction(e -> {
            if (evidence.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(evidence.getSelectionModel().getSelectedItem());
            }
        });
        content.getChildren().addAll(title, facts, effect, trend.root(), showTickets, caption("checklist.detail.action"), action,
                caption("checklist.detail.notes"), notes, caption("checklist.detail.reason"), reason, save,
                caption("checklist.detail.history"), history, caption("checklist.detail.evidence"), evidence,
                new HBox(8, attach, open));
        show(null);
    }

    javafx.scene.control.ScrollPane root() {
        return root;
    }

    void attach() {
        model.selected().addListener(onSelected);
        model.trend().addListener(onTrend);
        show(model.selected().get());
    }

    void detach() {
        model.selected().removeListener(onSelected);
        model.trend().removeListener(onTrend);
    }

    private void showTrend(org.jfree.chart.JFreeChart chart) {
        boolean shown = chart != null && model.selected().get() != null;
        trend.root().setVisible(shown);
        trend.root().setManaged(shown);
        if (chart != null) {
            ItemRow row = model.selected().get();
            trend.show(chart, row == null ? "trend" : "#" + row.item().id() + "-" + row.item().problem());
        }
    }

    private void show(ItemRow row) {
        boolean none = row == null;
        for (var node : content.getChildren()) {
            if (node != title) {
                node.setVisible(!none);
                node.setManaged(!none);
            }
        }
        if (none) {
            title.setText(Messages.get("checklist.detail.empty"));
            return;
        }
        ChecklistItem i = row.item();
        title.setText("#" + i.id() + " " + i.title());
        StringBuilder text = new StringBuilder(Messages.format("checklist.detail.slice", i.district(),
                i.category() == null ? "—" : i.category(), i.problem() == null ? "—" : i.problem()));
        if (i.baseline() != null) {
            text.append('\n').append(Messages.format("checklist.detail.baseline", i.baseline(), i.target()));
        }
        if (i.ticketId() != null) {
            text.append('\n').append(Messages.format("checklist.detail.ticket", i.ticketId()));
        }
        facts.setText(text.toString());
        effect.setText(ChecklistTexts.effect(row));
        showTrend(model.trend().get());
        action.setText(i.action() == null ? "" : i.action());
        notes.setText(i.notes() == null ? "" : i.notes());
        reason.setText(i.cannotFixReason() == null ? "" : i.cannotFixReason());
        showTickets.setVisible(i.problem() != null || i.ticketId() != null);
    }

    private static Label caption(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("detail-caption");
        return l;
    }

    /** "2014-05-06 09:30 张工: 状态 from 未启动 to 整改中". */
    private static final class HistoryCell extends ListCell<ItemChange> {
        @Override
        protected void updateItem(ItemChange c, boolean empty) {
            super.updateItem(c, empty);
            setWrapText(true);
            setPrefWidth(0);
            if (empty || c == null) {
                setText(null);
                return;
            }
            String when = Timestamps.format(c.changedAt()).substring(0, 16);
            setText("created".equals(c.field()) ? Messages.format("checklist.detail.created", when, c.changedBy())
                    : Messages.format("checklist.detail.historyRow", when, c.changedBy(), ChecklistTexts.field(c.field()),
                    value(c.field(), c.oldValue()), value(c.field(), c.newValue())));
        }

        private static String value(String field, String v) {
            if (v == null) {
                return "";
            }
            if ("status".equals(field)) {
                return ChecklistTexts.status(org.rectify.domain.ItemStatus.parse(v));
            }
            return v;
        }
    }

}
