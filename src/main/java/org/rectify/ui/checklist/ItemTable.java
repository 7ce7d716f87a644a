package org.rectify.ui.checklist;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.StringConverter;
import org.rectify.checklist.ItemPatch;
import org.rectify.checklist.ItemRow;
import org.rectify.domain.ItemStatus;
import org.rectify.ui.i18n.Messages;

/**
 * The week's items as a 问题整改清单销号表: one row per item, coloured by lateness, several rows
 * selectable; owner, reviewer, due date, status and cause edit in place.
 */
final class ItemTable {

    private final TableView<ItemRow> table = new TableView<>();
    private final BiConsumer<ItemRow, ItemPatch> onEdit;
    private final ChecklistModel model;

    ItemTable(ChecklistModel model, BiConsumer<ItemRow, ItemPatch> onEdit) {
        this.onEdit = onEdit;
        this.model = model;
        table.setId("checklist-table");
        table.setItems(model.rows());
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new javafx.scene.control.Label(Messages.get("checklist.empty")));
        table.setRowFactory(t -> new LatenessRow());
        TableColumn<ItemRow, String> district = text("district", "checklist.col.district", r -> r.item().district(), 64);
        TableColumn<ItemRow, Integer> level = new TableColumn<>(Messages.get("checklist.col.level"));
        level.setId("checklist-col-level");
        level.setPrefWidth(72);
        level.setEditable(false);
        level.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().level()));
        level.setCellFactory(c -> new LevelCell());
        table.getColumns().setAll(List.of(
                text("id", "checklist.col.id", r -> "#" + r.item().id(), 60),
                district,
                text("kind", "checklist.col.kind", r -> ChecklistTexts.kind(r.item().kind()), 76),
                title(),
                editableText("owner", "checklist.col.owner", r -> r.item().owner(), ItemPatch.NONE::withOwner),
                editableText("reviewer", "checklist.col.reviewer", r -> r.item().reviewer(), ItemPatch.NONE::withReviewer),
                due(),
                status(),
                cause(model.causes()),
                level,
                text("age", "checklist.col.age", r -> r.ageWeeks() == 0 ? "" : Messages.format("checklist.age", r.ageWeeks()), 52),
                effect()));
        table.getColumns().forEach(c -> base.put(c, c.getPrefWidth()));
        base.put(column("title"), 140.0);
        base.put(column("owner"), 72.0);
        base.put(column("effect"), 120.0);
        base.put(column("due"), 88.0);
        // on a narrow table (a projector's large type, the detail open) the least needed columns give way: the
        // supervision level (the row's colour says it too) and the effect (the detail beside the table shows
        // it) last but the district
        for (String id : List.of("age", "reviewer", "cause", "kind", "level", "effect", "district")) {
            optional.add(column(id));
        }
        table.widthProperty().addListener((obs, old, now) -> fit());
        model.district().addListener((obs, old, now) -> fit());
        fit();
    }

    private final java.util.Map<TableColumn<ItemRow, ?>, Double> base = new java.util.HashMap<>();
    private final List<TableColumn<ItemRow, ?>> optional = new java.util.ArrayList<>();

    private TableColumn<ItemRow, ?> column(String id) {
        return table.getColumns().stream().filter(c -> ("checklist-col-" + id).equals(c.getId())).findFirst().orElseThrow();
    }

    /**
     * Minimum widths follow the type size; optional columns are hidden, least needed first, until the rest
     * fit (the constrained resize policy cannot share out less room than the columns' minimums).
     */
    private void fit() {
        double scale = typeScale();
        table.getColumns().forEach(c -> c.setMinWidth(base.get(c) * scale));
        double room = table.getWidth() > 0 ? table.getWidth() - 24 : Double.MAX_VALUE; // not laid out yet: all
        // one district chosen: its name in every row says nothing
        TableColumn<ItemRow, ?> district = column("district");
        boolean districtWanted = model.district().get() == null;
        double needed = table.getColumns().stream().filter(c -> c != district || districtWanted)
                .mapToDouble(TableColumn::getMinWidth).sum();
        Set<TableColumn<ItemRow, ?>> hidden = new HashSet<>();
        if (!districtWanted) {
            hidden.add(district);
        }
        for (TableColumn<ItemRow, ?> c : optional) {
            if (needed <= room) {
                break;
            }
            if (hidden.add(c)) {
                needed -= c.getMinWidth();
            }
        }
        boolean cameBack = false;
        for (TableColumn<ItemRow, ?> c : optional) {
            cameBack |= !c.isVisible() && !hidden.contains(c);
            c.setVisible(!hidden.contains(c));
        }
        if (cameBack) {
            // rows made while a column was hidden put its new cells at their top when it comes back (the
            // window widened step by step): the rows are made again
            table.refresh();
        }
    }

    /** The table's type size against the 13-pixel type the widths were chosen for. */
    private double typeScale() {
        var label = table.lookup(".column-header .label");
        return label instanceof javafx.scene.control.Labeled l ? Math.max(1, l.getFont().getSize() / 13.0) : 1;
    }

    TableView<ItemRow> table() {
        return table;
    }

    /** The effect with its weekly numbers; the cell may cut them, its tooltip never does. */
    private static TableColumn<ItemRow, String> effect() {
        TableColumn<ItemRow, String> c = text("effect", "checklist.col.effect", ChecklistTexts::effect, 160);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        return c;
    }

    private TableColumn<ItemRow, String> title() {
        TableColumn<ItemRow, String> c = editableText("title", "checklist.col.title", r -> r.item().title(),
                ItemPatch.NONE::withTitle);
        c.setPrefWidth(280);
        c.setMinWidth(200);
        return c;
    }

    private static TableColumn<ItemRow, String> text(String id, String key, Function<ItemRow, String> value, double width) {
        TableColumn<ItemRow, String> c = new TableColumn<>(Messages.get(key));
        c.setId("checklist-col-" + id);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setEditable(false);
        return c;
    }

    private TableColumn<ItemRow, String> editableText(String id, String key, Function<ItemRow, String> value,
                                                      Function<String, ItemPatch> patch) {
        TableColumn<ItemRow, String> c = text(id, key, value, 80);
        c.setEditable(true);
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> onEdit.accept(e.getRowValue(), patch.apply(e.getNewValue() == null ? "" : e.getNewValue())));
        return c;
    }

    private TableColumn<ItemRow, LocalDate> due() {
        TableColumn<ItemRow, LocalDate> c = new TableColumn<>(Messages.get("checklist.col.due"));
        c.setId("checklist-col-due");
        c.setPrefWidth(96);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().item().due()));
        c.setCellFactory(TextFieldTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
                } catch (DateTimeParseException e) {
                    return null; // not a date: the edit is dropped
                }
            }
        }));
        c.setOnEditCommit(e -> {
            if (e.getNewValue() != null) {
                onEdit.accept(e.getRowValue(), ItemPatch.NONE.withDue(e.getNewValue()));
            } else {
                table.refresh();
            }
        });
        return c;
    }

    private TableColumn<ItemRow, ItemStatus> status() {
        TableColumn<ItemRow, ItemStatus> c = new TableColumn<>(Messages.get("checklist.col.status"));
        c.setId("checklist-col-status");
        c.setPrefWidth(84);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().item().status()));
        c.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(ItemStatus s) {
                return s == null ? "" : ChecklistTexts.status(s);
            }

            @Override
            public ItemStatus fromString(String s) {
                return null;
            }
        }, ItemStatus.values()));
        c.setOnEditCommit(e -> onEdit.accept(e.getRowValue(), ItemPatch.NONE.withStatus(e.getNewValue())));
        return c;
    }

    private TableColumn<ItemRow, String> cause(ObservableList<String> causes) {
        TableColumn<ItemRow, String> c = new TableColumn<>(Messages.get("checklist.col.cause"));
        c.setId("checklist-col-cause");
        c.setPrefWidth(90);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().item().cause()));
        c.setCellFactory(ComboBoxTableCell.forTableColumn(causes));
        c.setOnEditCommit(e -> onEdit.accept(e.getRowValue(), ItemPatch.NONE.withCause(e.getNewValue())));
        return c;
    }

    /** 1级 amber, 2级 orange, 3级 red: the supervision level is read from across the room. */
    private static final class LevelCell extends javafx.scene.control.TableCell<ItemRow, Integer> {
        @Override
        protected void updateItem(Integer level, boolean empty) {
            super.updateItem(level, empty);
            getStyleClass().removeAll("level-1", "level-2", "level-3");
            boolean none = empty || level == null || level == 0;
            setText(none ? null : Messages.format("checklist.level", level));
            if (!none) {
                getStyleClass().add("level-" + Math.min(3, level));
            }
        }
    }

    /** Red when overdue, amber when due within two working days, green on time, grey when done. */
    private static final class LatenessRow extends TableRow<ItemRow> {
        private static final List<String> CLASSES = List.of("item-overdue", "item-due-soon", "item-on-time", "item-done",
                "item-level-1", "item-level-2", "item-level-3");

        @Override
        protected void updateItem(ItemRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll(CLASSES);
            if (empty || row == null) {
                return;
            }
            getStyleClass().add(switch (row.lateness()) {
                case OVERDUE -> "item-overdue";
                case DUE_SOON -> "item-due-soon";
                case ON_TIME -> "item-on-time";
                case DONE -> "item-done";
            });
            if (row.level() > 0) {
                getStyleClass().add("item-level-" + Math.min(3, row.level()));
            }
        }
    }
}
