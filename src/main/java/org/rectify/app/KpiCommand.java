package org.rectify.app;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rectify.analytics.KpiReport;
import org.rectify.analytics.KpiService;
import org.rectify.analytics.KpiValue;
import org.rectify.analytics.Metric;
import org.rectify.analytics.TargetStatus;
import org.rectify.domain.Period;
import org.rectify.store.KpiSettings;
import org.rectify.store.RollupQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kpi --period P [--vs P2] [--district D] [--category C] [--channel C] [--format table|csv|json]} (DESIGN section 8). */
@Command(name = "kpi", description = "The KPI table of a period against the same period a year earlier (or --vs).")
final class KpiCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @ParentCommand
    RectifyCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "P", description = "2014, 2014-Q1, 2014-05, 2014-W18 or 2014-05-03")
    String period;

    @Option(names = "--vs", paramLabel = "P2", description = "comparison period (default: a year earlier)")
    String vs;

    @Mixin
    ScopeOptions where = new ScopeOptions();

    @Option(names = "--format", defaultValue = "table", paramLabel = "F", description = "table, csv or json (default table)")
    Format format;

    @Override
    public Integer call() {
        Period p;
        Period comparison;
        try {
            p = Period.parse(period);
            comparison = vs == null ? null : Period.parse(vs);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        try (Wiring wiring = parent.openWiring()) {
            if (where.resolveOrSay(wiring.referenceData().districts(), spec.commandLine().getErr()) == null) {
                return 2;
            }
            KpiReport report = new KpiService(new RollupQueries(wiring.store()), wiring.referenceData(),
                    new KpiSettings(wiring.store())).compute(p, comparison, where.scope());
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case json -> out.println(json(report));
                case csv -> csv(report, out);
                case table -> table(report, out);
            }
            return 0;
        }
    }

    static String json(KpiReport r) {
        JsonObject o = new JsonObject();
        o.addProperty("period", r.period().toString());
        o.addProperty("vs", r.vs().toString());
        o.add("district", JsonFigures.text(r.scope().district()));
        o.add("category", JsonFigures.text(r.scope().category()));
        if (r.scope().channel() != null) {
            o.addProperty("channel", r.scope().channel()); // only when asked for: DESIGN 8's shape stays as it is
        }
        o.addProperty("partial", r.partial());
        if (r.outside() != null) {
            o.addProperty("reason", r.outside().text()); // only for a period outside the data
        }
        JsonObject metrics = new JsonObject();
        for (Map.Entry<Metric, KpiValue> e : r.metrics().entrySet()) {
            JsonObject m = new JsonObject();
            m.add("value", number(e.getKey(), e.getValue().value()));
            m.add("previous", number(e.getKey(), e.getValue().previous()));
            m.add("change", JsonFigures.fraction(e.getValue().change()));
            if (e.getValue().reason() != null) {
                m.addProperty("reason", e.getValue().reason().text());
            }
            metrics.add(e.getKey().key(), m);
        }
        o.add("metrics", metrics);
        return new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(o);
    }

    static com.google.gson.JsonElement number(Metric metric, Double value) {
        return metric.kind() == Metric.Kind.COUNT ? JsonFigures.count(value) : JsonFigures.fraction(value);
    }

    private static void csv(KpiReport r, PrintWriter out) {
        out.println("metric,value,previous,change,reason");
        for (Map.Entry<Metric, KpiValue> e : r.metrics().entrySet()) {
            KpiValue v = e.getValue();
            out.println(String.join(",", e.getKey().key(), plain(e.getKey(), v.value()), plain(e.getKey(), v.previous()),
                    JsonFigures.csv(JsonFigures.fraction(v.change())),
                    v.reason() == null ? "" : "\"" + v.reason().text().replace("\"", "\"\"") + "\""));
        }
    }

    private static String plain(Metric metric, Double value) {
        return JsonFigures.csv(number(metric, value));
    }

    private static void table(KpiReport r, PrintWriter out) {
        out.printf("%s vs %s%s%s%s (as of %s)%n", r.period(), r.vs(), r.partial() ? ", partial: same days compared" : "",
                r.scope().district() == null ? "" : ", district " + r.scope().district(),
                r.scope().category() == null ? "" : ", category " + r.scope().category(), r.asOf());
        out.printf("%-26s %12s %12s %10s %12s%n", "metric", "value", "previous", "change", "target");
        for (Map.Entry<Metric, KpiValue> e : r.metrics().entrySet()) {
            KpiValue v = e.getValue();
            Metric m = e.getKey();
            String target = r.target(m).map(t -> shown(m, t) + " " + STATUS.get(r.status(m))).orElse("");
            out.printf("%-26s %12s %12s %10s %12s%s%n", m.key(), shown(m, v.value()), shown(m, v.previous()),
                    change(m, v.change()), target, v.reason() == null ? "" : "  (" + v.reason() + ")");
        }
    }

    /** Marks readable on any terminal: met, near (within a tenth of the target), missed. */
    private static final Map<TargetStatus, String> STATUS = Map.of(TargetStatus.MET, "ok", TargetStatus.NEAR, "near",
            TargetStatus.MISSED, "MISSED", TargetStatus.NONE, "");

    private static String shown(Metric metric, Double value) {
        if (value == null) {
            return "—";
        }
        return switch (metric.kind()) {
            case COUNT -> String.format("%,d", Math.round(value));
            case RATE -> String.format("%.2f ‰", value);
            case SHARE -> String.format("%.2f %%", value * 100);
        };
    }

    private static String change(Metric metric, Double change) {
        if (change == null) {
            return "—";
        }
        return metric.change() == Metric.Change.RELATIVE ? String.format("%+.1f %%", change * 100)
                : String.format("%+.2f pp", change * 100);
    }
}
