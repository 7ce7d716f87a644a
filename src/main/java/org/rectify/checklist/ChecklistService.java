package org.rectify.checklist;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.DateRange;
import org.rectify.domain.Evidence;
import org.rectify.domain.Grain;
import org.rectify.domain.ItemChange;
import org.rectify.domain.ItemKind;
import org.rectify.domain.Period;
import org.rectify.domain.ProblemNames;
import org.rectify.domain.Scope;
import org.rectify.store.ChecklistCatalogue;
import org.rectify.store.ChecklistData;
import org.rectify.store.ChecklistEvidence;
import org.rectify.store.ChecklistInterventions;
import org.rectify.store.ChecklistStore;
import org.rectify.store.KpiSettings;
import org.rectify.store.ReferenceData;
import org.rectify.store.RollupQueries;
import org.rectify.store.Settings;
import org.rectify.store.Store;
import org.rectify.store.TicketQueries;

/**
 * The weekly rectification checklist (DESIGN 5): generation from the rules, the week's list with
 * carry-over, supervision levels and effect verification, and every edit with its history. "Today"
 * comes from the injected clock.
 */
public final class ChecklistService {

    private final Store store;
    private final Clock clock;
    private final ChecklistStore items;
    private final Interventions interventions;
    private final ChecklistEvidence evidence;
    private final EvidenceFolder evidenceFolder;
    private final ChecklistData data;
    private final ChecklistCatalogue catalogue;
    private final Settings settings;
    private final boolean clockIsToday;

    public ChecklistService(Store store, Clock clock) {
        this(store, clock, false);
    }

    /** A service whose "today" is always the clock's date, even in a demo store: for replaying history. */
    static ChecklistService replaying(Store store, Clock clock) {
        return new ChecklistService(store, clock, true);
    }

    private ChecklistService(Store store, Clock clock, boolean clockIsToday) {
        this.store = store;
        this.clock = clock;
        this.clockIsToday = clockIsToday;
        this.items = new ChecklistStore(store);
        this.interventions = new Interventions(new ChecklistInterventions(store));
        this.evidence = new ChecklistEvidence(store);
        this.evidenceFolder = new EvidenceFolder(store.folder());
        this.data = new ChecklistData(store);
        this.catalogue = new ChecklistCatalogue(store);
        this.settings = new Settings(store);
    }

    public ChecklistSettings settings() {
        return ChecklistSettings.read(settings);
    }

    public Today today() {
        if (!clockIsToday && settings.get(Settings.DEMO_STORE).map(Boolean::parseBoolean).orElse(false)) {
            Optional<LocalDate> last = lastDataDay();
            if (last.isPresent()) {
                return new Today(last.get().plusDays(1), true);
            }
        }
        return new Today(LocalDate.now(clock), false);
    }

    /** Who edits: the name set in the settings, else the operating system's user. */
    public String currentUser() {
        return settings.get(ChecklistSettings.USER_NAME).filter(s -> !s.isBlank())
                .orElse(System.getProperty("user.name", "?"));
    }

    /** Adds what the rules propose for the week and is not listed yet; never touches an existing item. */
    public Generation generate(Period week, String district) {
        return generate(week, district, currentUser());
    }

    public Generation generate(Period week, String district, String who) {
        store.requireWriter();
        ChecklistSettings current = settings();
        RuleProposals rules = new RuleProposals(data, new TicketQueries(store), current, catalogue.rules(),
                new KpiSettings(store).load().channels("regulator"));
        List<ChecklistItem> fresh = new ArrayList<>();
        int listed = 0;
        Map<String, List<ChecklistItem>> existing = new HashMap<>();
        for (ChecklistItem p : rules.propose(week, district)) {
            List<ChecklistItem> ofDistrict = existing.computeIfAbsent(p.district(), items::ofDistrict);
            if (isListed(p, ofDistrict, week)) {
                listed++;
            } else {
                fresh.add(p);
            }
        }
        List<ChecklistItem> added = fresh.isEmpty() ? List.of() : items.insert(fresh, who, now());
        return new Generation(added, listed);
    }

    /** A slice with an item listed this week (its own or carried over), or a ticket that has an item in any week. */
    private static boolean isListed(ChecklistItem proposal, List<ChecklistItem> existing, Period week) {
        for (ChecklistItem e : existing) {
            if (e.kind() != proposal.kind()) {
                continue;
            }
            if (proposal.kind() == ItemKind.TICKET && proposal.ticketId().equals(e.ticketId())) {
                return true;
            }
            if (proposal.kind() == ItemKind.PROBLEM && e.isListedIn(week)
                    && proposal.category().equals(e.category()) && ProblemNames.same(proposal.problem(), e.problem())) {
                return true;
            }
        }
        return false;
    }

    /** The week's checklist: items added that week and the ones carried over, problems first, the most overdue first. */
    public WeekChecklist list(Period week, String district) {
        Today today = today();
        ChecklistSettings current = settings();
        SupervisionLadder ladder = new SupervisionLadder(new WorkCalendar(catalogue.calendar()), current.ladder());
        EffectVerifier verifier = new EffectVerifier(data, current);
        // effects are judged on the days before today: a replayed meeting does not see its future
        Optional<LocalDate> last = lastDataDay().map(d -> d.isBefore(today.date()) ? d : today.date().minusDays(1));
        List<ItemRow> rows = new ArrayList<>();
        List<ChecklistItem> listed = items.listedIn(week, district);
        Map<Long, Verification> effects = verifier.verifyAll(listed, last);
        for (ChecklistItem item : listed) {
            rows.add(new ItemRow(item, ladder.level(item, today.date()), ladder.lateness(item, today.date()),
                    item.ageInWeeks(week), effects.get(item.id())));
        }
        List<String> order = new ReferenceData(store).districts();
        rows.sort(Comparator.comparing((ItemRow r) -> r.item().kind())
                .thenComparing(Comparator.comparingInt(ItemRow::level).reversed())
                .thenComparingInt(r -> order.indexOf(r.item().district()))
                .thenComparingLong(r -> r.item().id()));
        return new WeekChecklist(week, district, today, rows);
    }

    /** The weekly complaints of a problem item's slice around it, with the weeks it was raised, done and verified. */
    public SliceTrend sliceTrend(ChecklistItem item) {
        return new SliceTrends(data, settings()).around(item, lastDataDay());
    }

    /** Per period of {@code grain} in {@code range}, the scope's problem items raised and done: a trend's markers. */
    public List<InterventionMark> interventions(Scope scope, Grain grain, DateRange range) {
        return interventions.marks(scope, grain, range);
    }

    public Optional<ChecklistItem> item(long id) {
        return items.byId(id);
    }

    /**
     * Applies one patch to every item in {@code ids}, all or nothing: the first refusal stops the
     * whole edit and names the item. Returns the items as saved.
     */
    public List<ChecklistItem> edit(Collection<Long> ids, ItemPatch patch) {
        return edit(ids, patch, currentUser());
    }

    public List<ChecklistItem> edit(Collection<Long> ids, ItemPatch patch, String who) {
        store.requireWriter();
        ItemEditor editor = new ItemEditor(catalogue.causes());
        LocalDate today = today().date();
        LocalDateTime now = now();
        List<ChecklistStore.Edit> edits = new ArrayList<>();
        java.util.Set<Long> distinct = new java.util.LinkedHashSet<>(ids);
        Map<Long, ChecklistItem> found = items.byIds(distinct);
        for (long id : distinct) {
            ChecklistItem item = found.get(id);
            if (item == null) {
                throw new Refusal(Refusal.Kind.NO_SUCH_ITEM, "#" + id);
            }
            edits.add(editor.apply(item, patch, who, today, now));
        }
        items.save(edits, now);
        return edits.stream().map(ChecklistStore.Edit::after).toList();
    }

    /**
     * Applies a patch per item: the ones the rules refuse are returned with their refusal, the
     * others are saved together in one transaction (a filled-in workbook merging back).
     */
    public java.util.Map<Long, Refusal> editEach(java.util.Map<Long, ItemPatch> patches, String who) {
        return editEach(patches, id -> who);
    }

    /** As {@link #editEach(java.util.Map, String)}, each item changed by its own person (a replayed meeting). */
    public java.util.Map<Long, Refusal> editEach(java.util.Map<Long, ItemPatch> patches,
                                                 java.util.function.LongFunction<String> who) {
        store.requireWriter();
        ItemEditor editor = new ItemEditor(catalogue.causes());
        LocalDate today = today().date();
        LocalDateTime now = now();
        java.util.Map<Long, Refusal> refused = new java.util.LinkedHashMap<>();
        List<ChecklistStore.Edit> edits = new ArrayList<>();
        Map<Long, ChecklistItem> found = items.byIds(patches.keySet());
        patches.forEach((id, patch) -> {
            try {
                ChecklistItem item = java.util.Optional.ofNullable(found.get(id))
                        .orElseThrow(() -> new Refusal(Refusal.Kind.NO_SUCH_ITEM, "#" + id));
                edits.add(editor.apply(item, patch, who.apply(id), today, now));
            } catch (Refusal r) {
                refused.put(id, r);
            }
        });
        items.save(edits, now);
        return refused;
    }

    /** The order of the districts' pages in the meeting and its pack. */
    public MeetingOrder meetingOrder() {
        return new MeetingOrder(settings, this::districts);
    }

    /** Plays the demo's weekly meetings into this (demo) store; returns how many items they made. */
    public int playDemoHistory() {
        return new DemoChecklist(store).play();
    }

    /** Adds an item by hand, as the meeting decides it. */
    public ChecklistItem addManual(Period week, String district, String title, String owner, LocalDate due) {
        store.requireWriter();
        if (title == null || title.isBlank()) {
            throw new Refusal(Refusal.Kind.TITLE_REQUIRED);
        }
        ChecklistItem proposed = ChecklistItem.proposed(week, district, ItemKind.MANUAL, null, title.strip(), null, null,
                null, null, null, null, due == null ? RuleProposals.defaultDue(week) : due);
        ChecklistItem stored = items.insert(List.of(proposed), currentUser(), now()).get(0);
        if (owner != null && !owner.isBlank()) {
            return edit(List.of(stored.id()), ItemPatch.NONE.withOwner(owner)).get(0);
        }
        return stored;
    }

    public List<ItemChange> history(long id) {
        return items.history(id);
    }

    /** Copies {@code file} under the data folder ({@code evidence/<item>/}) and lists it on the item. */
    public Evidence attach(long id, Path file) {
        store.requireWriter();
        items.byId(id).orElseThrow(() -> new Refusal(Refusal.Kind.NO_SUCH_ITEM, "#" + id));
        String kept = evidenceFolder.keep(id, file);
        return evidence.add(id, file.getFileName().toString(), kept, currentUser(), now());
    }

    public List<Evidence> evidence(long id) {
        return evidence.of(id);
    }

    /** Where an evidence file lies now. */
    public Path fileOf(Evidence kept) {
        return evidenceFolder.fileOf(kept.storedPath());
    }

    public List<String> causes() {
        return catalogue.causes();
    }

    /** Owners and reviewers named before, most used first. */
    public List<String> people() {
        return items.knownPeople();
    }

    /** The districts the store knows, in list order. */
    public List<String> districts() {
        return new ReferenceData(store).districts();
    }

    private Optional<LocalDate> lastDataDay() {
        return new RollupQueries(store).asOf(Scope.ALL);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
