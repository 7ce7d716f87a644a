package org.rectify.analytics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.rectify.testing.StandardCsv;

/**
 * Random exports in the standard layout for checking the figures against a computation of their own:
 * three districts from 2014-11-20 to 2016-03-10 (a year's turn, ISO week 2015-W53, 29 February 2016),
 * subscribers that complain again exactly 30 days later, 30 days and a second later, or in the same
 * second, spellings of one problem, blank fields, and three files: one in time order, one shuffled that
 * also changes a tenth of the first file's tickets (kind, time, district, subscriber, problem, closure),
 * and a last week in time order that takes 坪山's latest complaint back to a consultation.
 */
final class RandomExports {

    static final List<String> DISTRICTS = List.of("龙华", "坪山", "福田");
    static final LocalDate FIRST_DAY = LocalDate.of(2014, 11, 20);
    static final LocalDate LAST_DAY = LocalDate.of(2016, 3, 10);
    private static final LocalDate SHUFFLED_FROM = LocalDate.of(2015, 10, 1);
    private static final LocalDate LAST_WEEK_FROM = LocalDate.of(2016, 3, 4);
    private static final String[] CATEGORIES = {"费用争议", "装维服务", "渠道服务", "网络质量", ""};
    private static final String[][] PROBLEMS = {
            {"重复扣费", "套餐资费不符", "ADSL月租", "ＡＤＳＬ月租", "adsl月租"},
            {"收费后无法装机", "装机超时", "宽带 断网", "宽带  断网", ""},
            {"营业员态度", "办理差错", "ADSL月租"},
            {"信号弱", "掉话", "宽带 断网"},
            {"", "其他"}};
    private static final String[] CHANNELS = {"10000号", "营业厅", "网厅"};
    private static final String[] ESCALATIONS = {"", "", "", "", "", "集团客服", "省公司", "工信部", "通管局", "媒体", "12345"};
    private static final String[] KINDS = {"抱怨", "抱怨", "抱怨", "抱怨", "抱怨", "抱怨", "咨询", "建议"};
    private static final String[] FCR = {"是", "是", "是", "否", ""};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One version of a ticket as a file carries it. */
    record Row(String id, LocalDateTime created, LocalDateTime closed, String district, String kind, String category,
               String problem, String channel, String escalation, String fcr, String subscriber) {

        boolean complaint() {
            return kind.equals("抱怨");
        }

        Boolean resolvedFirst() {
            return fcr.isEmpty() ? null : fcr.equals("是");
        }

        String csv() {
            return String.join(",", id, created.format(TIME), closed == null ? "" : closed.format(TIME), district,
                    district + "服务中心", kind, category, problem, channel, escalation, fcr, closed == null ? "处理中" : "已归档",
                    "王伟", subscriber, "", "用户反映");
        }
    }

    private final Random random;
    private final List<List<Row>> files = new ArrayList<>();

    RandomExports(long seed, int tickets) {
        this.random = new Random(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < tickets; i++) {
            rows.add(newRow("T" + (100_000 + i), randomTime()));
        }
        addNeighbours(rows);
        rows.sort(Comparator.comparing(Row::created).thenComparing(Row::id));
        List<Row> inOrder = new ArrayList<>();
        List<Row> shuffled = new ArrayList<>();
        List<Row> lastWeek = new ArrayList<>();
        for (Row r : rows) {
            LocalDate day = r.created().toLocalDate();
            (day.isBefore(SHUFFLED_FROM) ? inOrder : day.isBefore(LAST_WEEK_FROM) ? shuffled : lastWeek).add(r);
        }
        for (Row r : inOrder) {
            if (random.nextInt(10) == 0) {
                shuffled.add(changed(r));
            }
        }
        Collections.shuffle(shuffled, random);
        lastWeek.add(lastComplaintOf("坪山", rows, lastWeek));
        files.add(inOrder);
        files.add(shuffled);
        files.add(lastWeek);
    }

    /** The files in the order they are imported. */
    List<List<Row>> files() {
        return files;
    }

    /** Every ticket's version from the last file that has it. */
    List<Row> latestVersions() {
        Map<String, Row> latest = new LinkedHashMap<>();
        files.forEach(file -> file.forEach(r -> latest.put(r.id(), r)));
        return List.copyOf(latest.values());
    }

    List<Path> write(Path folder) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            StandardCsv csv = StandardCsv.create();
            files.get(i).forEach(r -> csv.line(r.csv()));
            paths.add(csv.writeTo(folder.resolve("export-" + (i + 1) + ".csv")));
        }
        return paths;
    }

    /** Subscriber counts for every district and month, but 坪山's for 2015-06. */
    Path writeSubscribers(Path folder) throws IOException {
        StringBuilder text = new StringBuilder("月份,区分公司,用户数\n");
        for (LocalDate month = FIRST_DAY.withDayOfMonth(1).minusYears(1); !month.isAfter(LAST_DAY); month = month.plusMonths(1)) {
            for (String district : DISTRICTS) {
                if (!(district.equals("坪山") && month.equals(LocalDate.of(2015, 6, 1)))) {
                    text.append(month.toString(), 0, 7).append(',').append(district).append(',')
                            .append(20_000 + random.nextInt(30_000)).append('\n');
                }
            }
        }
        Path file = folder.resolve("subscribers.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Row newRow(String id, LocalDateTime created) {
        int category = random.nextInt(CATEGORIES.length);
        String[] problems = PROBLEMS[category];
        LocalDateTime closed = random.nextInt(6) == 0 ? null : created.plusMinutes(random.nextInt(20 * 24 * 60));
        return new Row(id, created, closed, pick(DISTRICTS.toArray(String[]::new)), pick(KINDS), CATEGORIES[category],
                problems[random.nextInt(problems.length)], pick(CHANNELS), pick(ESCALATIONS), pick(FCR), subscriber());
    }

    /** Complaints of one subscriber 30 days apart exactly, 30 days and a second apart, and in the same second. */
    private void addNeighbours(List<Row> rows) {
        int next = rows.size();
        for (int i = 0; i < 60; i++) {
            Row first = rows.get(random.nextInt(rows.size()));
            if (first.subscriber().isEmpty() || first.created().toLocalDate().isAfter(LAST_DAY.minusDays(31))) {
                continue;
            }
            LocalDateTime at = switch (i % 3) {
                case 0 -> first.created().plusDays(30);
                case 1 -> first.created().plusDays(30).plusSeconds(1);
                default -> first.created();
            };
            Row second = newRow("T" + (100_000 + next++), at);
            rows.add(new Row(second.id(), second.created(), second.closed(), second.district(), "抱怨", second.category(),
                    second.problem(), second.channel(), second.escalation(), second.fcr(), first.subscriber()));
        }
    }

    /** A later version of a ticket with one or two of its fields changed. */
    private Row changed(Row r) {
        Row other = newRow(r.id(), randomTime());
        return switch (random.nextInt(6)) {
            case 0 -> new Row(r.id(), r.created(), r.closed(), r.district(), other.kind(), r.category(), r.problem(),
                    r.channel(), r.escalation(), r.fcr(), r.subscriber());
            case 1 -> new Row(r.id(), other.created(), other.closed(), r.district(), r.kind(), r.category(), r.problem(),
                    r.channel(), r.escalation(), r.fcr(), r.subscriber());
            case 2 -> new Row(r.id(), r.created(), r.closed(), other.district(), r.kind(), other.category(), other.problem(),
                    other.channel(), r.escalation(), r.fcr(), r.subscriber());
            case 3 -> new Row(r.id(), r.created(), r.closed(), r.district(), r.kind(), r.category(), r.problem(),
                    r.channel(), r.escalation(), r.fcr(), other.subscriber());
            case 4 -> new Row(r.id(), r.created(), r.created().plusHours(1 + random.nextInt(400)), r.district(), r.kind(),
                    r.category(), r.problem(), r.channel(), other.escalation(), other.fcr(), r.subscriber());
            default -> other;
        };
    }

    /** The district's latest complaint made a consultation: the district's as-of date moves back. */
    private static Row lastComplaintOf(String district, List<Row> rows, List<Row> alreadyInLastWeek) {
        Row last = rows.stream().filter(r -> r.district().equals(district) && r.complaint())
                .max(Comparator.comparing(Row::created)).orElseThrow();
        alreadyInLastWeek.remove(last);
        return new Row(last.id(), last.created(), last.closed(), last.district(), "咨询", last.category(), last.problem(),
                last.channel(), last.escalation(), last.fcr(), last.subscriber());
    }

    private LocalDateTime randomTime() {
        long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1;
        return FIRST_DAY.plusDays(random.nextInt((int) days)).atStartOfDay().plusSeconds(random.nextInt(86_400));
    }

    private String subscriber() {
        return random.nextInt(8) == 0 ? "" : "1380000" + (1000 + random.nextInt(180));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
