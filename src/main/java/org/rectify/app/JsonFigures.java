package org.rectify.app;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the command line prints figures: counts whole, fractions and rates to four places, nulls as null. */
final class JsonFigures {

    private JsonFigures() {
    }

    /** Four decimals, trailing zeros dropped: 0.9673, 2.74, -0.1814. */
    static JsonElement fraction(Double value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        return new JsonPrimitive(BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    static JsonElement count(Double value) {
        return value == null ? JsonNull.INSTANCE : new JsonPrimitive(Math.round(value));
    }

    static JsonElement text(String value) {
        return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value);
    }

    /** The element as CSV text: empty for null. */
    static String csv(JsonElement element) {
        return element.isJsonNull() ? "" : element.getAsString();
    }
}
