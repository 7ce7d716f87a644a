package org.rectify.analytics;

import java.util.ArrayList;
import java.util.List;
import org.rectify.domain.Grain;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;
import org.rectify.store.KpiSettings;
import org.rectify.store.ReferenceData;
import org.rectify.store.RollupQueries;

/** A metric per day, week or month over a span of periods, with the previous year aligned. */
public final class TrendService {

    private final RollupQueries rollups;
    private final ReferenceData referenceData;
    private final KpiSettings settings;

    public TrendService(RollupQueries rollups, ReferenceData referenceData, KpiSettings settings) {
        this.rollups = rollups;
        this.referenceData = referenceData;
        this.settings = settings;
    }

    /** Periods of {@code grain} from the one holding {@code from}'s start to the one holding {@code to}'s last day. */
    public List<TrendPoint> series(Metric metric, Grain grain, Period from, Period to, Scope scope) {
        if (to.lastDay().isBefore(from.start())) {
            throw new IllegalArgumentException("the trend ends (" + to + ") before it starts (" + from + ")");
        }
        RangeFigures figures = new RangeFigures(rollups, settings.load(), referenceData.districts());
        List<TrendPoint> points = new ArrayList<>();
        for (Period p = Period.of(grain, from.start()); !p.start().isAfter(to.lastDay()); p = p.next()) {
            Period previous = p.previousYear();
            Double value = figures.measure(p.range(), grain, scope).get(metric).value();
            Double before = figures.measure(previous.range(), grain, scope).get(metric).value();
            points.add(new TrendPoint(p, value, before));
        }
        return points;
    }
}
