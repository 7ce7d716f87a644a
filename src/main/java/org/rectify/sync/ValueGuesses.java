package org.rectify.sync;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses a column's field from its values where its header says nothing known: a column of dates
 * (the earliest is the creation time), a column of unique values (the ticket id), a column of
 * 11-digit mobile numbers (the subscriber), low-cardinality text (district, then category).
 */
final class ValueGuesses {

    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern ID_HINT = Pattern.compile("(?i).*(\\bid\\b|#|\\bno\\b|number|key|编号|单号|工单号|流水).*");
    private static final Pattern PLACE_HINT = Pattern.compile("(?i).*(state|region|area|district|borough|county|province|city|区|县|市|地区|片区).*");

    /** A column as the suggester sees it: its index, header and the values under it. */
    record Column(int index, String header, List<String> values) {
    }

    private ValueGuesses() {
    }

    /** Fills required and common fields still unmapped in {@code columns} from the unmapped columns' values. */
    static void fill(List<Column> unmapped, Map<CanonicalField, List<String>> columns) {
        List<Column> left = new ArrayList<>(unmapped.stream().filter(c -> filled(c) >= 2).toList());
        if (!columns.containsKey(CanonicalField.CREATED_AT)) {
            left.stream().filter(ValueGuesses::dates).min(Comparator.comparing(ValueGuesses::earliest)).ifPresent(c -> {
                columns.put(CanonicalField.CREATED_AT, List.of(c.header()));
                left.remove(c);
            });
        }
        if (!columns.containsKey(CanonicalField.SUBSCRIBER)) {
            left.stream().filter(c -> share(c, v -> MOBILE.matcher(v.replace(" ", "")).matches()) >= 0.8).findFirst()
                    .ifPresent(c -> {
                        columns.put(CanonicalField.SUBSCRIBER, List.of(c.header()));
                        left.remove(c);
                    });
        }
        if (!columns.containsKey(CanonicalField.TICKET_ID)) {
            left.stream().filter(c -> unique(c) && !dates(c))
                    .sorted(Comparator.comparing((Column c) -> !ID_HINT.matcher(c.header()).matches()))
                    .findFirst().ifPresent(c -> {
                        columns.put(CanonicalField.TICKET_ID, List.of(c.header()));
                        left.remove(c);
                    });
        }
        List<Column> labels = left.stream().filter(ValueGuesses::fewLabels).toList();
        if (!columns.containsKey(CanonicalField.DISTRICT)) {
            labels.stream().sorted(Comparator.comparing((Column c) -> !PLACE_HINT.matcher(c.header()).matches()))
                    .findFirst().ifPresent(c -> {
                        columns.put(CanonicalField.DISTRICT, List.of(c.header()));
                        left.remove(c);
                    });
        }
        if (!columns.containsKey(CanonicalField.CATEGORY)) {
            left.stream().filter(ValueGuesses::fewLabels).findFirst()
                    .ifPresent(c -> columns.put(CanonicalField.CATEGORY, List.of(c.header())));
        }
    }

    private static long filled(Column c) {
        return c.values().stream().filter(v -> v != null && !v.isBlank()).count();
    }

    private static List<String> present(Column c) {
        return c.values().stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    private static double share(Column c, java.util.function.Predicate<String> test) {
        List<String> values = present(c);
        return values.isEmpty() ? 0 : (double) values.stream().filter(test).count() / values.size();
    }

    static boolean dates(Column c) {
        return share(c, v -> DateTimes.parse(v) != null) >= 0.8;
    }

    private static LocalDateTime earliest(Column c) {
        return present(c).stream().map(DateTimes::parse).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(LocalDateTime.MAX);
    }

    /** Every value present and different: an id (a column with blanks is not one). */
    private static boolean unique(Column c) {
        List<String> values = present(c);
        return values.size() == c.values().size() && values.size() >= 3 && new HashSet<>(values).size() == values.size();
    }

    /** Text with few distinct values that repeat: a label such as a district or a category. */
    private static boolean fewLabels(Column c) {
        List<String> values = present(c);
        Set<String> distinct = new HashSet<>();
        values.forEach(v -> distinct.add(v.toLowerCase(Locale.ROOT)));
        boolean text = values.stream().noneMatch(v -> NUMBER.matcher(v).matches() || DateTimes.parse(v) != null);
        return text && values.size() >= 4 && distinct.size() <= Math.max(2, values.size() / 2)
                && values.stream().allMatch(v -> v.length() <= 40);
    }
}
