package org.rectify.sync;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and writes import profiles as JSON; every mistake in a file is named with its key. */
public final class ProfileJson {

    private static final Set<String> KEYS = Set.of("name", "description", "headerRow", "sheets", "columns", "join",
            "dateFormats", "values", "constants", "defaults", "fieldFromSheetName", "filter", "ticketIdFrom", "encoding", "delimiter");

    private ProfileJson() {
    }

    public static ImportProfile read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the profile " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses a profile; {@code source} names it in messages. Keys starting with "_" are notes and ignored. */
    public static ImportProfile parse(String json, String source) {
        JsonObject o;
        try {
            o = JsonParser.parseString(json).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new IllegalArgumentException("Profile " + source + " is not a JSON object: " + e.getMessage(), e);
        }
        for (String key : o.keySet()) {
            if (!key.startsWith("_") && !KEYS.contains(key)) {
                throw new IllegalArgumentException("Profile " + source + ": unknown key \"" + key + "\" (known: "
                        + String.join(", ", new java.util.TreeSet<>(KEYS)) + ")");
            }
        }
        String name = string(o, "name", source);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Profile " + source + ": \"name\" is required");
        }
        Map<CanonicalField, List<String>> columns = new EnumMap<>(CanonicalField.class);
        object(o, "columns").forEach((k, v) -> columns.put(field(k, source), strings(v, "columns." + k, source)));
        Map<CanonicalField, List<String>> joins = new EnumMap<>(CanonicalField.class);
        object(o, "join").forEach((k, v) -> joins.put(field(k, source), strings(v, "join." + k, source)));
        Map<CanonicalField, Map<String, String>> values = new EnumMap<>(CanonicalField.class);
        object(o, "values").forEach((k, v) -> {
            Map<String, String> map = new LinkedHashMap<>();
            if (!v.isJsonObject()) {
                throw new IllegalArgumentException("Profile " + source + ": values." + k + " must be an object");
            }
            v.getAsJsonObject().entrySet().forEach(e -> map.put(e.getKey(), e.getValue().getAsString()));
            values.put(field(k, source), map);
        });
        Map<CanonicalField, String> constants = new EnumMap<>(CanonicalField.class);
        object(o, "constants").forEach((k, v) -> constants.put(field(k, source), v.getAsString()));
        Map<CanonicalField, String> defaults = new EnumMap<>(CanonicalField.class);
        object(o, "defaults").forEach((k, v) -> defaults.put(field(k, source), v.getAsString()));
        String sheetField = string(o, "fieldFromSheetName", source);
        ImportProfile.RowFilter filter = null;
        if (o.has("filter")) {
            JsonObject f = o.getAsJsonObject("filter");
            filter = new ImportProfile.RowFilter(string(f, "column", source), strings(f.get("keep"), "filter.keep", source));
        }
        Integer headerRow = o.has("headerRow") && !o.get("headerRow").isJsonNull() ? o.get("headerRow").getAsInt() : null;
        if (headerRow != null && headerRow < 1) {
            throw new IllegalArgumentException("Profile " + source + ": headerRow counts from 1, was " + headerRow);
        }
        ImportProfile profile = new ImportProfile(name, string(o, "description", source), headerRow,
                strings(o.get("sheets"), "sheets", source), columns, joins, strings(o.get("dateFormats"), "dateFormats", source),
                values, constants, defaults, sheetField == null ? null : field(sheetField, source), filter,
                strings(o.get("ticketIdFrom"), "ticketIdFrom", source), encoding(o, source), delimiter(o, source));
        profile.dateFormats().forEach(p -> checkPattern(p, source));
        return profile;
    }

    private static String encoding(JsonObject o, String source) {
        String encoding = string(o, "encoding", source);
        if (encoding != null && !java.nio.charset.Charset.isSupported(encoding)) {
            throw new IllegalArgumentException("Profile " + source + ": \"encoding\" " + encoding
                    + " is not a known character set (e.g. UTF-8, GBK, GB18030, UTF-16LE)");
        }
        return encoding;
    }

    private static Character delimiter(JsonObject o, String source) {
        String text = string(o, "delimiter", source);
        if (text == null) {
            return null;
        }
        String d = text.equals("\\t") || text.equalsIgnoreCase("tab") ? "\t" : text;
        if (d.length() != 1) {
            throw new IllegalArgumentException("Profile " + source + ": \"delimiter\" must be one character (or \"tab\"), was \""
                    + text + "\"");
        }
        return d.charAt(0);
    }

    /** The profile as JSON, with optional notes (e.g. sample values) under keys starting with "_". */
    public static String write(ImportProfile p, Map<String, JsonElement> notes) {
        JsonObject o = new JsonObject();
        o.addProperty("name", p.name());
        if (p.description() != null) {
            o.addProperty("description", p.description());
        }
        if (p.headerRow() != null) {
            o.addProperty("headerRow", p.headerRow());
        }
        JsonObject columns = new JsonObject();
        p.columns().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> columns.add(e.getKey().key(), array(e.getValue())));
        o.add("columns", columns);
        if (!p.dateFormats().isEmpty()) {
            o.add("dateFormats", array(p.dateFormats()));
        }
        if (!p.sheets().isEmpty()) {
            o.add("sheets", array(p.sheets()));
        }
        if (!p.joins().isEmpty()) {
            o.add("join", fieldLists(p.joins()));
        }
        if (!p.values().isEmpty()) {
            JsonObject values = new JsonObject();
            p.values().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                JsonObject map = new JsonObject();
                e.getValue().forEach(map::addProperty);
                values.add(e.getKey().key(), map);
            });
            o.add("values", values);
        }
        if (!p.constants().isEmpty()) {
            o.add("constants", fieldTexts(p.constants()));
        }
        if (!p.defaults().isEmpty()) {
            o.add("defaults", fieldTexts(p.defaults()));
        }
        if (p.sheetNameField() != null) {
            o.addProperty("fieldFromSheetName", p.sheetNameField().key());
        }
        if (p.filter() != null) {
            JsonObject filter = new JsonObject();
            filter.addProperty("column", p.filter().column());
            filter.add("keep", array(p.filter().keep()));
            o.add("filter", filter);
        }
        if (!p.ticketIdFrom().isEmpty()) {
            o.add("ticketIdFrom", array(p.ticketIdFrom()));
        }
        if (p.encoding() != null) {
            o.addProperty("encoding", p.encoding());
        }
        if (p.delimiter() != null) {
            o.addProperty("delimiter", p.delimiter() == '\t' ? "tab" : p.delimiter().toString());
        }
        notes.forEach(o::add);
        Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
        return gson.toJson(o);
    }

    private static JsonObject fieldLists(Map<CanonicalField, List<String>> map) {
        JsonObject o = new JsonObject();
        map.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> o.add(e.getKey().key(), array(e.getValue())));
        return o;
    }

    private static JsonObject fieldTexts(Map<CanonicalField, String> map) {
        JsonObject o = new JsonObject();
        map.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> o.addProperty(e.getKey().key(), e.getValue()));
        return o;
    }

    private static JsonArray array(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static void checkPattern(String pattern, String source) {
        try {
            java.time.format.DateTimeFormatter.ofPattern(pattern);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Profile " + source + ": date format \"" + pattern + "\" is not valid: "
                    + e.getMessage(), e);
        }
    }

    private static CanonicalField field(String key, String source) {
        for (CanonicalField f : CanonicalField.values()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        List<String> known = new ArrayList<>();
        for (CanonicalField f : CanonicalField.values()) {
            known.add(f.key());
        }
        throw new IllegalArgumentException("Profile " + source + ": \"" + key + "\" is not a ticket field (fields: "
                + String.join(", ", known) + ")");
    }

    private static Map<String, JsonElement> object(JsonObject o, String key) {
        Map<String, JsonElement> map = new LinkedHashMap<>();
        if (o.has(key) && o.get(key).isJsonObject()) {
            o.getAsJsonObject(key).entrySet().forEach(e -> map.put(e.getKey(), e.getValue()));
        }
        return map;
    }

    private static String string(JsonObject o, String key, String source) {
        if (!o.has(key) || o.get(key).isJsonNull()) {
            return null;
        }
        if (!o.get(key).isJsonPrimitive()) {
            throw new IllegalArgumentException("Profile " + source + ": \"" + key + "\" must be a text");
        }
        return o.get(key).getAsString();
    }

    private static List<String> strings(JsonElement e, String key, String source) {
        if (e == null || e.isJsonNull()) {
            return List.of();
        }
        if (e.isJsonPrimitive()) {
            return List.of(e.getAsString());
        }
        if (!e.isJsonArray()) {
            throw new IllegalArgumentException("Profile " + source + ": \"" + key + "\" must be a list of texts");
        }
        List<String> list = new ArrayList<>();
        e.getAsJsonArray().forEach(x -> list.add(x.getAsString()));
        return list;
    }
}
