package org.rectify.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import org.rectify.analytics.DistrictComparison;
import org.rectify.analytics.KpiService;
import org.rectify.analytics.ParetoService;
import org.rectify.analytics.TierService;
import org.rectify.analytics.TrendService;
import org.rectify.checklist.ChecklistService;
import org.rectify.report.pack.MeetingPack;
import org.rectify.report.pack.MeetingPackBuilder;
import org.rectify.report.pack.MeetingPackFiles;
import org.rectify.store.KpiSettings;
import org.rectify.store.RollupQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code report --week W [--district D] --out FILE.pptx|FILE.pdf|FILE.xlsx}: the weekly meeting pack. */
@Command(name = "report", description = "Write the weekly meeting pack: the city page and one page per district "
        + "(KPIs, weekly trend, TOP problems, checklist) as PPTX, PDF (A4 landscape) or XLSX.")
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    RectifyCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--week", required = true, paramLabel = "W", description = "ISO week, e.g. 2014-W22")
    String week;

    @Option(names = "--district", paramLabel = "D", description = "one district's pages only (the city page stays)")
    String district;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = ".pptx, .pdf or .xlsx")
    Path out;

    @Option(names = "--order", split = ",", paramLabel = "D1,D2,…",
            description = "the districts' order for this and later packs and meeting mode (remembered)")
    java.util.List<String> order;

    @Override
    public Integer call() throws IOException {
        if (!MeetingPackFiles.supports(out)) {
            spec.commandLine().getErr().println("--out must end in .pptx, .pdf or .xlsx");
            return 2;
        }
        try (Wiring wiring = parent.openWiring()) {
            ChecklistService checklist = new ChecklistService(wiring.store(), Clock.systemDefaultZone());
            ChecklistCommand.Where where = ChecklistCommand.where(checklist, week, district, spec.commandLine().getErr());
            if (where == null) {
                return 2;
            }
            if (order != null) {
                try {
                    checklist.meetingOrder().set(order.stream().map(String::strip).toList());
                } catch (IllegalArgumentException e) {
                    spec.commandLine().getErr().println(e.getMessage());
                    return 2;
                }
            }
            RollupQueries rollups = new RollupQueries(wiring.store());
            KpiSettings settings = new KpiSettings(wiring.store());
            KpiService kpis = new KpiService(rollups, wiring.referenceData(), settings);
            MeetingPackBuilder builder = new MeetingPackBuilder(
                    new DistrictComparison(kpis, new TierService(rollups, settings), wiring.referenceData(), rollups),
                    new TrendService(rollups, wiring.referenceData(), settings), new ParetoService(rollups), checklist);
            MeetingPack pack = builder.build(where.week(), where.district(), LocalDateTime.now().withNano(0));
            MeetingPackFiles.write(pack, out);
            spec.commandLine().getOut().printf("%s: the city page and %d district pages written to %s%n", where.week(),
                    pack.districts().size(), out);
            if (where.district() == null) {
                var archived = new org.rectify.report.pack.PackArchive(wiring.store().folder()).archive(pack);
                spec.commandLine().getOut().printf("archived as PDF, PPTX and XLSX in %s%n", archived.files().get(0).getParent());
            }
            return 0;
        }
    }
}
