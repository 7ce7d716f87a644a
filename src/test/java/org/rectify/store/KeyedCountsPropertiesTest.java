package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The roll-ups' counts per key equal a map of key lists (through growth and clearing), and their keys are
 * written in the order of the tables' primary keys: dimension by dimension, each as a signed int.
 */
class KeyedCountsPropertiesTest {

    @Provide
    Arbitrary<List<int[]>> keys() {
        // small values collide often (ties decided by the next dimension); extremes check the sign handling
        Arbitrary<Integer> part = Arbitraries.oneOf(Arbitraries.integers().between(0, 3),
                Arbitraries.of(Integer.MIN_VALUE, -1, Integer.MAX_VALUE), Arbitraries.integers());
        return Arbitraries.integers().between(1, 6).flatMap(size -> part.array(int[].class).ofSize(size).list().ofMaxSize(300));
    }

    @Property(tries = 300)
    void countsPerKeyAndTheirKeyOrderAreAMapsSorted(@ForAll("keys") List<int[]> parts) {
        if (parts.isEmpty()) {
            return;
        }
        KeyedCounts counts = new KeyedCounts(parts.get(0).length, 2);
        for (int round = 0; round < 2; round++) { // the second round after clear(): nothing of the first is left
            Map<List<Integer>, long[]> expected = new LinkedHashMap<>();
            for (int i = 0; i < parts.size(); i++) {
                int[] key = parts.get(i);
                System.arraycopy(key, 0, counts.probe(), 0, key.length);
                int entry = counts.entry();
                counts.add(entry, 0, i + 1);
                counts.add(entry, 1, -round);
                long[] model = expected.computeIfAbsent(Arrays.stream(key).boxed().toList(), k -> new long[2]);
                model[0] += i + 1;
                model[1] -= round;
            }
            assertEquals(expected.size(), counts.size());
            List<String> expectedRows = new ArrayList<>();
            expected.entrySet().stream().sorted((a, b) -> Arrays.compare(ints(a.getKey()), ints(b.getKey())))
                    .forEach(e -> expectedRows.add(e.getKey() + "=" + Arrays.toString(e.getValue())));
            List<String> rows = new ArrayList<>();
            for (int entry : counts.inKeyOrder()) {
                List<Integer> key = new ArrayList<>();
                for (int p = 0; p < counts.width(); p++) {
                    key.add(counts.part(entry, p));
                }
                rows.add(key + "=" + Arrays.toString(new long[] {counts.count(entry, 0), counts.count(entry, 1)}));
            }
            assertEquals(expectedRows, rows);
            counts.clear();
        }
    }

    private static int[] ints(List<Integer> key) {
        return key.stream().mapToInt(Integer::intValue).toArray();
    }
}
