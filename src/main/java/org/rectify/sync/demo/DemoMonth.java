package org.rectify.sync.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.rectify.domain.Ticket;
import org.rectify.domain.TicketKind;
import org.rectify.domain.TicketStatus;

/**
 * Makes one month of demo tickets. Categories, districts, problems and escalations are dealt
 * from exact quotas; times, channels and people are drawn at random from a seeded generator.
 */
final class DemoMonth {

    static final LocalDateTime DATA_END = LocalDateTime.of(2014, 5, 31, 23, 59, 59);

    private final int index;
    private final int scale;
    private final Random random;
    private final DemoPeople people;
    private final FirstContactDealer firstContact;

    DemoMonth(int index, int scale, Random random, DemoPeople people, FirstContactDealer firstContact) {
        this.index = index;
        this.scale = scale;
        this.random = random;
        this.people = people;
        this.firstContact = firstContact;
    }

    /** The month's tickets, sorted by creation time, numbered, with first-contact flags dealt. */
    List<Ticket> tickets() {
        List<Draft> drafts = new ArrayList<>();
        addComplaints(drafts);
        addOtherKinds(drafts);
        drafts.sort(Comparator.comparing(d -> d.created));
        List<Ticket> tickets = new ArrayList<>(drafts.size());
        LocalDate day = null;
        int sequence = 0;
        for (Draft d : drafts) {
            LocalDate createdDay = d.created.toLocalDate();
            sequence = createdDay.equals(day) ? sequence + 1 : 1;
            day = createdDay;
            tickets.add(d.toTicket(Digits.padded(day.getYear(), 4) + Digits.padded(day.getMonthValue(), 2)
                    + Digits.padded(day.getDayOfMonth(), 2) + Digits.padded(sequence, 6), firstContactFor(d)));
        }
        return tickets;
    }

    private void addComplaints(List<Draft> drafts) {
        int complaints = DemoPlan.complaints(index) * scale;
        int[] escalations = Quotas.shuffledLabels(escalationCounts(complaints), random);
        int next = 0;
        String[] categories = categories();
        int[] categoryCounts = Quotas.split(complaints, categoryShares());
        for (int c = 0; c < categories.length; c++) {
            List<String> problems = DemoCatalog.problems(categories[c]);
            int[] problemLabels = Quotas.shuffledLabels(Quotas.split(categoryCounts[c], problemWeights(categories[c])), random);
            int[] districtCounts = Quotas.split(categoryCounts[c], districtWeights(categories[c]));
            int p = 0;
            for (int d = 0; d < districtCounts.length; d++) {
                for (int k = 0; k < districtCounts[d]; k++) {
                    Draft draft = new Draft(DemoCatalog.DISTRICTS.get(d), TicketKind.COMPLAINT, "抱怨",
                            categories[c], problems.get(problemLabels[p++]));
                    draft.escalation = escalationName(escalations[next++]);
                    drafts.add(draft);
                }
            }
        }
    }

    private void addOtherKinds(List<Draft> drafts) {
        int complaints = DemoPlan.complaints(index) * scale;
        String[] categories = categories();
        for (int k = 0; k < DemoCatalog.OTHER_KINDS.size(); k++) {
            int count = (int) Math.round(complaints * DemoCatalog.OTHER_KIND_RATES[k]);
            String kindRaw = DemoCatalog.OTHER_KINDS.get(k);
            for (int i = 0; i < count; i++) {
                String category = categories[random.nextInt(categories.length)];
                List<String> problems = DemoCatalog.problems(category);
                DemoCatalog.District district = DemoCatalog.DISTRICTS.get(random.nextInt(DemoCatalog.DISTRICTS.size()));
                drafts.add(new Draft(district, TicketKind.fromRaw(kindRaw), kindRaw, category,
                        problems.get(random.nextInt(problems.size()))));
            }
        }
    }

    private Boolean firstContactFor(Draft d) {
        if (d.closed == null || random.nextDouble() < 0.03) {
            return null; // still open, or the flag was not filled in
        }
        if (d.kind != TicketKind.COMPLAINT) {
            return random.nextDouble() < 0.97;
        }
        return firstContact.deal(d.closed);
    }

    static String[] categories() {
        String[] names = new String[2 + DemoCatalog.OTHER_CATEGORIES.size()];
        names[0] = DemoCatalog.BILLING;
        names[1] = DemoCatalog.INSTALL;
        for (int i = 0; i < DemoCatalog.OTHER_CATEGORIES.size(); i++) {
            names[2 + i] = DemoCatalog.OTHER_CATEGORIES.get(i);
        }
        return names;
    }

    private double[] categoryShares() {
        double billing = DemoPlan.anchored(index, DemoPlan.BILLING_SHARE_2013, DemoPlan.BILLING_SHARE_2014);
        double install = DemoPlan.anchored(index, DemoPlan.INSTALL_SHARE_2013, DemoPlan.INSTALL_SHARE_2014);
        double rest = 1 - billing - install;
        double[] shares = new double[2 + DemoCatalog.OTHER_CATEGORY_WEIGHTS.length];
        shares[0] = billing;
        shares[1] = install;
        for (int i = 0; i < DemoCatalog.OTHER_CATEGORY_WEIGHTS.length; i++) {
            shares[2 + i] = rest * DemoCatalog.OTHER_CATEGORY_WEIGHTS[i];
        }
        return shares;
    }

    /**
     * A long tail: weight 1/(k+2) for the k-th problem. In 装维服务 the first problem takes exactly
     * the planned TOP share and the tail shares the rest.
     */
    private double[] problemWeights(String category) {
        int n = DemoCatalog.problems(category).size();
        double[] weights = new double[n];
        double tail = 0;
        for (int k = 0; k < n; k++) {
            weights[k] = 1.0 / (k + 2);
            tail += k == 0 ? 0 : weights[k];
        }
        if (DemoCatalog.INSTALL.equals(category)) {
            double top = DemoPlan.anchored(index, DemoPlan.TOP_INSTALL_PROBLEM_2013, DemoPlan.TOP_INSTALL_PROBLEM_2014);
            for (int k = 1; k < n; k++) {
                weights[k] = weights[k] / tail * (1 - top);
            }
            weights[0] = top;
        }
        return weights;
    }

    /** Subscriber share × complaint propensity, with rural districts leaning to install problems, and monthly noise. */
    private double[] districtWeights(String category) {
        double[] weights = new double[DemoCatalog.DISTRICTS.size()];
        for (int d = 0; d < weights.length; d++) {
            DemoCatalog.District district = DemoCatalog.DISTRICTS.get(d);
            double lean = DemoCatalog.INSTALL.equals(category) && district.complaintPropensity() > 1.1 ? 1.3 : 1.0;
            weights[d] = district.subscriberWeight() * district.complaintPropensity() * lean
                    * (0.94 + 0.12 * random.nextDouble());
        }
        return weights;
    }

    /** Label 0 = not escalated; then regulator, other major and minor channels in catalogue order. */
    private int[] escalationCounts(int complaints) {
        long major = DemoPlan.escalations(index, DemoPlan.MAJOR_2013, DemoPlan.MAJOR_2014) * scale;
        long regulator = DemoPlan.escalations(index, DemoPlan.REGULATOR_2013, DemoPlan.REGULATOR_2014) * scale;
        int[] regulators = Quotas.split((int) regulator, DemoCatalog.REGULATOR_WEIGHTS);
        int[] others = Quotas.split((int) (major - regulator), DemoCatalog.OTHER_MAJOR_WEIGHTS);
        int[] counts = new int[1 + regulators.length + others.length + DemoCatalog.MINOR_RATES.length];
        int k = 1;
        for (int r : regulators) {
            counts[k++] = r;
        }
        for (int o : others) {
            counts[k++] = o;
        }
        for (double rate : DemoCatalog.MINOR_RATES) {
            counts[k++] = (int) Math.round(complaints * rate);
        }
        int escalated = 0;
        for (int i = 1; i < counts.length; i++) {
            escalated += counts[i];
        }
        counts[0] = complaints - escalated;
        return counts;
    }

    private static String escalationName(int label) {
        if (label == 0) {
            return null;
        }
        int i = label - 1;
        if (i < DemoCatalog.REGULATOR_CHANNELS.size()) {
            return DemoCatalog.REGULATOR_CHANNELS.get(i);
        }
        i -= DemoCatalog.REGULATOR_CHANNELS.size();
        if (i < DemoCatalog.OTHER_MAJOR_CHANNELS.size()) {
            return DemoCatalog.OTHER_MAJOR_CHANNELS.get(i);
        }
        return DemoCatalog.MINOR_CHANNELS.get(i - DemoCatalog.OTHER_MAJOR_CHANNELS.size());
    }

    private LocalDateTime randomTime() {
        YearMonth month = DemoPlan.month(index);
        LocalDate day;
        do {
            day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        } while (isWeekend(day) && random.nextDouble() < 0.2);
        int hour = OFFICE_HOURS[random.nextInt(OFFICE_HOURS.length)];
        return day.atTime(hour, random.nextInt(60), random.nextInt(60));
    }

    /** Hours drawn from this list: busy mornings and afternoons, quiet nights. */
    private static final int[] OFFICE_HOURS = {
        8, 9, 9, 9, 10, 10, 10, 10, 11, 11, 11, 12, 13, 14, 14, 14, 15, 15, 15, 16, 16, 16, 17, 17, 18, 19, 20, 21, 7, 22};

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** A ticket before it has its number and first-contact flag. */
    private final class Draft {
        final DemoCatalog.District district;
        final TicketKind kind;
        final String kindRaw;
        final String category;
        final String problem;
        final LocalDateTime created;
        final LocalDateTime closed;
        String escalation;

        Draft(DemoCatalog.District district, TicketKind kind, String kindRaw, String category, String problem) {
            this.district = district;
            this.kind = kind;
            this.kindRaw = kindRaw;
            this.category = category;
            this.problem = problem;
            this.created = randomTime();
            // Handling time: log-normal around a day, capped at a month.
            double hours = Math.min(720, Math.exp(Math.log(20) + random.nextGaussian()));
            LocalDateTime closing = created.plusSeconds((long) (hours * 3600));
            this.closed = closing.isAfter(DATA_END) ? null : closing;
        }

        Ticket toTicket(String id, Boolean firstContactResolved) {
            String center = district.serviceCenters().get(random.nextInt(district.serviceCenters().size()));
            boolean isClosed = closed != null;
            Double satisfaction = isClosed && random.nextDouble() < 0.4 ? (double) people.satisfactionScore() : null;
            String subscriber = kind == TicketKind.COMPLAINT ? people.complainingSubscriber() : people.newSubscriber();
            return new Ticket(id, created, closed, district.name(), center + "服务中心", kind, kindRaw, category, problem,
                    DemoCatalog.CHANNELS.get(Quotas.weighted(DemoCatalog.CHANNEL_WEIGHTS, random)), escalation,
                    firstContactResolved, isClosed ? TicketStatus.CLOSED : TicketStatus.OPEN, isClosed ? "已归档" : "处理中",
                    people.owner(district.name(), center), subscriber, satisfaction, people.description(problem));
        }
    }
}
