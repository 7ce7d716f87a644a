package org.rectify.store;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.util.List;

/** The raw cells of a rejected row, kept as a JSON array so nothing about them is lost. */
final class RawValues {

    private static final Gson GSON = new Gson();

    private RawValues() {
    }

    static String toJson(List<String> values) {
        return GSON.toJson(values);
    }

    static List<String> fromJson(String json) {
        return GSON.fromJson(json, new TypeToken<List<String>>() { }.getType());
    }
}
