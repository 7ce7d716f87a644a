package org.rectify.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.Period;
import org.rectify.domain.Scope;
import org.rectify.store.KpiSettings;
import org.rectify.store.ReferenceData;
import org.rectify.store.RollupQueries;
import org.rectify.store.Rollups;
import org.rectify.store.Settings;
import org.rectify.store.Store;
import org.rectify.store.SyncLog;
import org.rectify.sync.ImportListener;
import org.rectify.sync.SubscriberImporter;
import org.rectify.sync.TicketImporter;

/** Settings changed with their rules, and the KPIs computed with the new values at once. */
class KpiConfigurationTest {

    @TempDir
    Path folder;

    @Test
    void changesAreValidatedSavedAndTheFiguresFollowThem() {
        try (Store store = Store.open(folder.resolve("data"))) {
            new TicketImporter(new SyncLog(store)).importFile(Path.of("src/test/resources/kpi/tickets.csv"), ImportListener.NONE);
            new SubscriberImporter(new ReferenceData(store)).importFile(Path.of("src/test/resources/kpi/subscribers.csv"));
            KpiSettings kpiSettings = new KpiSettings(store);
            RollupQueries rollups = new RollupQueries(store);
            KpiConfiguration config = new KpiConfiguration(kpiSettings, new ReferenceData(store), rollups,
                    new Settings(store), new Rollups(store));
            KpiService kpis = new KpiService(rollups, new ReferenceData(store), kpiSettings);

            assertEquals(0.97, config.setTarget(Metric.FIRST_CONTACT_RESOLUTION, "97%"), 1e-12);
            assertEquals(2.5, config.setTarget(Metric.COMPLAINTS_PER_1000, "2.5"), 1e-12, "a rate is not a percentage");
            assertEquals(0.97, kpiSettings.load().targets().get("first_contact_resolution"), 1e-12);
            assertNull(config.setTarget(Metric.COMPLAINTS_PER_1000, " "));
            assertFalse(kpiSettings.load().targets().containsKey("complaints_per_1000"), "blank removes the target");
            KpiConfiguration.Refused over = assertThrows(KpiConfiguration.Refused.class,
                    () -> config.setTarget(Metric.TOP_PROBLEM_SHARE, "140"));
            assertEquals("settings.refused.percent", over.key());
            assertThrows(KpiConfiguration.Refused.class, () -> config.setTarget(Metric.COMPLAINTS, "-1"));
            assertThrows(KpiConfiguration.Refused.class, () -> config.setTarget(Metric.COMPLAINTS, "很多"));

            config.setThresholds("96", "94");
            assertEquals(0.96, kpiSettings.load().selfCheckMin(), 1e-12);
            assertEquals(0.94, kpiSettings.load().supportMin(), 1e-12);
            KpiConfiguration.Refused crossed = assertThrows(KpiConfiguration.Refused.class, () -> config.setThresholds("93", "95"));
            assertEquals("settings.refused.thresholds", crossed.key());
            assertEquals(0.96, kpiSettings.load().selfCheckMin(), 1e-12, "a refused change changes nothing");

            Period may = Period.parse("2014-05");
            double before = kpis.compute(may, null, Scope.ALL).metrics().get(Metric.BILLING_DISPUTE_SHARE).value();
            config.setRole("费用争议", null);
            assertEquals(0.0, kpis.compute(may, null, Scope.ALL).metrics().get(Metric.BILLING_DISPUTE_SHARE).value(), 1e-12);
            config.setRole("费用争议", "billing_dispute");
            assertEquals(before, kpis.compute(may, null, Scope.ALL).metrics().get(Metric.BILLING_DISPUTE_SHARE).value(), 1e-12);
            assertThrows(KpiConfiguration.Refused.class, () -> config.setRole("费用争议", "vip"));

            config.setGroups("媒体", Set.of());
            assertFalse(kpiSettings.load().channels("major").contains("媒体"));
            config.setGroups(" 12315 ", Set.of("major", "regulator"));
            assertTrue(kpiSettings.load().channels("regulator").contains("12315"));
            assertTrue(config.escalationChannels().contains("12315"));

            config.setSubscribers(YearMonth.of(2014, 5), "龙华", "1,200,000");
            assertTrue(config.subscriberCounts().stream().anyMatch(c -> c.district().equals("龙华")
                    && c.month().equals(YearMonth.of(2014, 5)) && c.subscribers() == 1_200_000));
            assertThrows(KpiConfiguration.Refused.class, () -> config.setSubscribers(YearMonth.of(2014, 5), "龙华", "-3"));

            double repeats = kpis.compute(may, null, Scope.ALL).metrics().get(Metric.REPEAT_COMPLAINT_SHARE).value();
            config.setRepeatWindow("1");
            assertEquals(1, config.repeatWindowDays());
            assertTrue(kpis.compute(may, null, Scope.ALL).metrics().get(Metric.REPEAT_COMPLAINT_SHARE).value() <= repeats,
                    "a shorter window finds no more repeats");
            config.setRepeatWindow("30");
            assertEquals(repeats, kpis.compute(may, null, Scope.ALL).metrics().get(Metric.REPEAT_COMPLAINT_SHARE).value(), 1e-12);
            assertThrows(KpiConfiguration.Refused.class, () -> config.setRepeatWindow("0"));
        }
    }
}
