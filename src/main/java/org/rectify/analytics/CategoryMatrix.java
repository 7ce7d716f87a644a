package org.rectify.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rectify.domain.Period;
import org.rectify.store.ReferenceData;
import org.rectify.store.RollupQueries;

/**
 * Complaints of a period per district (rows, in the districts' order) and category (columns, the
 * largest of all time first, so that the columns keep their places from period to period; a blank
 * category is shown as {@code blankLabel}).
 */
public record CategoryMatrix(List<String> districts, List<String> categories, long[][] counts) {

    public static CategoryMatrix of(Period period, RollupQueries rollups, ReferenceData referenceData, String blankLabel) {
        Map<String, Map<String, Long>> byDistrict = rollups.complaintsByDistrictAndCategory(period.range());
        Map<String, Long> categoryTotals = new HashMap<>(rollups.complaintsByCategoryAllTime());
        byDistrict.values().forEach(m -> m.keySet().forEach(c -> categoryTotals.putIfAbsent(c, 0L)));
        List<String> categories = new ArrayList<>(categoryTotals.keySet());
        categories.sort(Comparator.comparing((String c) -> -categoryTotals.get(c)).thenComparing(c -> c));
        List<String> districts = referenceData.districts().stream().filter(byDistrict::containsKey).toList();
        long[][] counts = new long[districts.size()][categories.size()];
        for (int d = 0; d < districts.size(); d++) {
            Map<String, Long> row = byDistrict.get(districts.get(d));
            for (int c = 0; c < categories.size(); c++) {
                counts[d][c] = row.getOrDefault(categories.get(c), 0L);
            }
        }
        List<String> labels = categories.stream().map(c -> c.isBlank() ? blankLabel : c).toList();
        return new CategoryMatrix(districts, labels, counts);
    }
}
