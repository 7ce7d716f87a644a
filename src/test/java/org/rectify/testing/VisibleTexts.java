package org.rectify.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;

/** Every text a user can see in a scene: labels, cells, text nodes, fields, and the charts' titles and axes. */
public final class VisibleTexts {

    /** Three Latin letters in a row are an English word; these few names are not. */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{3,}");
    private static final List<String> NOT_ENGLISH = List.of("TOP", "Rectify", "PNG", "SVG", "Ctrl", "Esc");

    private VisibleTexts() {
    }

    public static List<String> of(Node root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    /** The visible texts holding an English word, each after the kind of node it sits in ("Label: …"). */
    public static List<String> english(Node root) {
        return of(root).stream().filter(t -> hasEnglish(t.substring(t.indexOf(": ") + 2))).toList();
    }

    static boolean hasEnglish(String text) {
        // a file path (the data folder) is a name, not a sentence
        Matcher m = ENGLISH.matcher(text.replaceAll("\\S*[/\\\\]\\S*", ""));
        while (m.find()) {
            if (!NOT_ENGLISH.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        String text = null;
        if (node instanceof Labeled l) {
            text = l.getText();
        } else if (node instanceof Text t) {
            text = t.getText();
        } else if (node instanceof TextInputControl t) {
            text = t.getText() + " " + t.getPromptText();
        }
        if (text != null && !text.isBlank()) {
            texts.add(node.getClass().getSimpleName() + ": " + text);
        }
        if (node instanceof ChartViewer viewer && viewer.getChart() != null) {
            chartTexts(viewer.getChart(), texts);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    private static void chartTexts(JFreeChart chart, List<String> texts) {
        if (chart.getTitle() != null) {
            texts.add("chart title: " + chart.getTitle().getText());
        }
        if (chart.getPlot() instanceof CategoryPlot plot) {
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                if (plot.getRangeAxis(i) != null && plot.getRangeAxis(i).getLabel() != null) {
                    texts.add("chart axis: " + plot.getRangeAxis(i).getLabel());
                }
            }
            plot.getCategories().forEach(c -> texts.add("chart category: " + c));
        } else if (chart.getPlot() instanceof XYPlot plot && plot.getRangeAxis() != null && plot.getRangeAxis().getLabel() != null) {
            texts.add("chart axis: " + plot.getRangeAxis().getLabel());
        }
    }
}
