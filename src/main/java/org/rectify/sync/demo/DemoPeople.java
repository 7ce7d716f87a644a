package org.rectify.sync.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Subscribers (some complaining again within days), handlers per service center, texts and scores. */
final class DemoPeople {

    private static final double REPEAT_CHANCE = 0.06;

    private final Random random;
    private final String[] recentComplainers;
    private int recentCount;
    private int recentNext;
    private final Map<String, List<String>> handlers = new HashMap<>();

    DemoPeople(Random random, int scale) {
        this.random = random;
        // About two days of complaints: a repeat within the ring is a repeat within the 30-day window.
        this.recentComplainers = new String[2_000 * scale];
    }

    String complainingSubscriber() {
        String subscriber = recentCount > 0 && random.nextDouble() < REPEAT_CHANCE
                ? recentComplainers[random.nextInt(recentCount)]
                : newSubscriber();
        recentComplainers[recentNext] = subscriber;
        recentNext = (recentNext + 1) % recentComplainers.length;
        recentCount = Math.min(recentCount + 1, recentComplainers.length);
        return subscriber;
    }

    String newSubscriber() {
        if (random.nextDouble() < 0.15) {
            return "0755" + (20_000_000 + random.nextInt(70_000_000));
        }
        String prefix = DemoCatalog.MOBILE_PREFIXES.get(random.nextInt(DemoCatalog.MOBILE_PREFIXES.size()));
        return prefix + Digits.padded(random.nextInt(100_000_000), 8);
    }

    String owner(String district, String center) {
        List<String> staff = handlers.computeIfAbsent(district + center, k -> List.of(name(), name(), name(), name(), name()));
        return staff.get(random.nextInt(staff.size()));
    }

    int satisfactionScore() {
        double r = random.nextDouble();
        return r < 0.55 ? 5 : r < 0.80 ? 4 : r < 0.90 ? 3 : r < 0.95 ? 2 : 1;
    }

    String description(String problem) {
        return "用户反映" + problem + "，"
                + DemoCatalog.DESCRIPTION_ENDINGS.get(random.nextInt(DemoCatalog.DESCRIPTION_ENDINGS.size())) + "。";
    }

    private String name() {
        StringBuilder name = new StringBuilder();
        name.append(DemoCatalog.SURNAMES.charAt(random.nextInt(DemoCatalog.SURNAMES.length())));
        int given = random.nextDouble() < 0.6 ? 2 : 1;
        for (int i = 0; i < given; i++) {
            name.append(DemoCatalog.GIVEN.charAt(random.nextInt(DemoCatalog.GIVEN.length())));
        }
        return name.toString();
    }
}
