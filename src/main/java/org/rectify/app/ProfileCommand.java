package org.rectify.app;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rectify.sync.FileRefusedException;
import org.rectify.sync.ProfileJson;
import org.rectify.sync.ProfileSuggester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code profile suggest FILE}: a starting import profile for an unknown export, to edit and save. */
@Command(name = "profile", description = "Import profiles.", subcommands = ProfileCommand.Suggest.class)
final class ProfileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "suggest", description = "Print a starting profile (JSON) for FILE: headers found, guessed fields,"
            + " sample values. Save it, edit it, then import with --profile FILE.")
    static final class Suggest implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "an export file (CSV, XLSX, XLS)")
        Path file;

        @Override
        public Integer call() {
            ProfileSuggester.Suggestion s;
            try {
                s = ProfileSuggester.suggest(file);
            } catch (FileRefusedException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return RectifyCommand.REFUSED;
            }
            Map<String, JsonElement> notes = new LinkedHashMap<>();
            JsonArray headers = new JsonArray();
            for (ProfileSuggester.HeaderGuess guess : s.headers()) {
                JsonObject h = new JsonObject();
                h.addProperty("header", guess.header());
                h.addProperty("field", guess.field() == null ? null : guess.field().key());
                JsonArray samples = new JsonArray();
                guess.samples().forEach(samples::add);
                h.add("samples", samples);
                headers.add(h);
            }
            notes.put("_headerRowFound", new JsonPrimitive(s.headerRow()));
            if (s.sheet() != null) {
                notes.put("_sheet", new JsonPrimitive(s.sheet()));
            }
            notes.put("_headers", headers);
            JsonArray missing = new JsonArray();
            s.missing().forEach(missing::add);
            notes.put("_missingRequiredFields", missing);
            spec.commandLine().getOut().println(ProfileJson.write(s.profile(), notes));
            if (!s.missing().isEmpty()) {
                spec.commandLine().getErr().println("Still to map by hand: " + String.join(", ", s.missing())
                        + " (map each to a column, a constant or the sheet name; an id can also be hashed with ticketIdFrom).");
            }
            return 0;
        }
    }
}
