package org.rectify.ui.common;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;

/** Fills a filter's choices in the background: "" (all) first, then the names; keeps the choice if it still exists. */
public final class ChoiceList {

    private ChoiceList() {
    }

    public static void fill(TaskRunner runner, Supplier<List<String>> names, ObservableList<String> choices,
                            ObjectProperty<String> chosen, Consumer<Throwable> onError) {
        runner.run(names, found -> {
            String current = chosen.get();
            choices.setAll("");
            choices.addAll(found);
            chosen.set(found.contains(current) ? current : "");
        }, onError);
    }
}
