package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The roll-up keys are written in the order of the tables' primary keys: dimension by dimension, each as a signed int. */
class RollupKeyOrderPropertiesTest {

    @Provide
    Arbitrary<List<int[]>> keys() {
        // small values collide often (ties decided by the next dimension); extremes check the sign handling
        Arbitrary<Integer> part = Arbitraries.oneOf(Arbitraries.integers().between(0, 3),
                Arbitraries.of(Integer.MIN_VALUE, -1, Integer.MAX_VALUE), Arbitraries.integers());
        return Arbitraries.integers().between(1, 6).flatMap(size -> part.array(int[].class).ofSize(size).list().ofMaxSize(300));
    }

    @Property(tries = 300)
    void sortedIsTheLexicographicOrderOfTheDimensions(@ForAll("keys") List<int[]> parts) {
        Set<RollupKey> keys = new LinkedHashSet<>();
        parts.forEach(p -> keys.add(new RollupKey(p.clone())));
        List<String> expected = keys.stream().map(k -> partsOf(k)).sorted(Arrays::compare).map(Arrays::toString).toList();
        assertEquals(expected, Arrays.stream(RollupKey.sorted(keys)).map(RollupKeyOrderPropertiesTest::partsOf)
                .map(Arrays::toString).toList());
    }

    private static int[] partsOf(RollupKey key) {
        int[] parts = new int[key.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = key.part(i);
        }
        return parts;
    }
}
