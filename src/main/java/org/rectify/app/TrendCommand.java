package org.rectify.app;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rectify.analytics.Metric;
import org.rectify.analytics.TrendPoint;
import org.rectify.analytics.TrendService;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.store.KpiSettings;
import org.rectify.store.RollupQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trend --grain day|week|month --from P --to P [--metric M] [--district D] [--category C] [--channel C] [--format csv|json]}. */
@Command(name = "trend", description = "A metric per day, week or month, with the previous year aligned.")
final class TrendCommand implements Callable<Integer> {

    enum Format { csv, json }

    @ParentCommand
    RectifyCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--grain", required = true, paramLabel = "G", description = "day, week or month")
    String grain;

    @Option(names = "--from", required = true, paramLabel = "P")
    String from;

    @Option(names = "--to", required = true, paramLabel = "P")
    String to;

    @Option(names = "--metric", defaultValue = "complaints", paramLabel = "M", description = "a KPI key (default complaints)")
    String metric;

    @Mixin
    ScopeOptions where = new ScopeOptions();

    @Option(names = "--format", defaultValue = "csv", paramLabel = "F", description = "csv or json (default csv)")
    Format format;

    @Override
    public Integer call() {
        Grain g;
        Metric m;
        Period start;
        Period end;
        try {
            g = java.util.stream.Stream.of(Grain.DAY, Grain.WEEK, Grain.MONTH)
                    .filter(candidate -> candidate.name().equalsIgnoreCase(grain.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--grain must be day, week or month (it was '"
                            + grain + "')"));
            m = Metric.byKey(metric)
                    .orElseThrow(() -> new IllegalArgumentException("unknown metric " + metric));
            start = Period.parse(from);
            end = Period.parse(to);
            if (end.lastDay().isBefore(start.start())) {
                throw new IllegalArgumentException("--to " + to + " ends before --from " + from + " starts");
            }
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        try (Wiring wiring = parent.openWiring()) {
            if (where.resolveOrSay(wiring.referenceData().districts(), spec.commandLine().getErr()) == null) {
                return 2;
            }
            List<TrendPoint> points = new TrendService(new RollupQueries(wiring.store()), wiring.referenceData(),
                    new KpiSettings(wiring.store())).series(m, g, start, end, where.scope());
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.csv) {
                out.println("period,value,previous");
                points.forEach(p -> out.println(p.period() + "," + JsonFigures.csv(KpiCommand.number(m, p.value())) + ","
                        + JsonFigures.csv(KpiCommand.number(m, p.previous()))));
            } else {
                JsonObject o = new JsonObject();
                o.addProperty("metric", m.key());
                o.addProperty("grain", g.name().toLowerCase(Locale.ROOT));
                o.add("district", JsonFigures.text(where.district));
                JsonArray series = new JsonArray();
                for (TrendPoint p : points) {
                    JsonObject point = new JsonObject();
                    point.addProperty("period", p.period().toString());
                    point.add("value", KpiCommand.number(m, p.value()));
                    point.add("previous", KpiCommand.number(m, p.previous()));
                    if (p.reason() != null) {
                        point.addProperty("reason", p.reason().text()); // why the value is null
                    }
                    series.add(point);
                }
                o.add("series", series);
                out.println(new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(o));
            }
            return 0;
        }
    }
}
