package org.rectify.checklist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.rectify.store.Settings;

/** The order of the districts' pages in the weekly meeting and its pack, kept as a setting. */
public final class MeetingOrder {

    /** The setting that holds it: district names, comma-separated. */
    public static final String SETTING = "meeting.district_order";

    private final Settings settings;
    private final Supplier<List<String>> known;

    MeetingOrder(Settings settings, Supplier<List<String>> knownDistricts) {
        this.settings = settings;
        this.known = knownDistricts;
    }

    /** The districts in the meeting's order: those named in the setting first, then the rest as the store lists them. */
    public List<String> districts() {
        List<String> order = new ArrayList<>();
        settings.get(SETTING).ifPresent(v -> Arrays.stream(v.split(",")).map(String::strip)
                .filter(d -> !d.isEmpty()).forEach(order::add));
        List<String> districts = known.get();
        order.retainAll(districts);
        districts.stream().filter(d -> !order.contains(d)).forEach(order::add);
        return order;
    }

    /** Remembers the meeting's order of districts (names the store does not know are refused). */
    public void set(List<String> order) {
        List<String> districts = known.get();
        List<String> unknown = order.stream().filter(d -> !districts.contains(d)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown districts " + unknown + "; the store knows: "
                    + String.join(", ", districts));
        }
        settings.set(SETTING, String.join(",", order));
    }
}
