package org.rectify.ui.sync.wizard;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import org.rectify.sync.BuiltInProfiles;
import org.rectify.sync.FilePreview;
import org.rectify.sync.ImportProfile;
import org.rectify.sync.ProfileDraft;
import org.rectify.sync.ProfileJson;
import org.rectify.sync.ProfileLibrary;
import org.rectify.sync.ProfileNotSavedException;
import org.rectify.sync.ProfileSuggester;
import org.rectify.sync.ProfileTrial;
import org.rectify.sync.ReadOptions;
import org.rectify.sync.SourceRow;
import org.rectify.ui.common.DialogService;
import org.rectify.ui.common.FileProblemText;
import org.rectify.ui.common.TaskRunner;
import org.rectify.ui.i18n.Messages;

/**
 * Fills the wizard for a file: reads its first rows (again when the encoding or delimiter is
 * changed, the latest reading winning), suggests a mapping, tries the profile on the rows at every
 * change, and saves, exports, loads or imports with it.
 */
public final class MappingWizardController {

    private final MappingWizardModel model = new MappingWizardModel();
    private final ProfileLibrary library;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final BiConsumer<Path, ImportProfile> importWith;
    private final Runnable close;
    private int readRequest;
    /** True while the controller itself fills the model: its changes are one change, tried once. */
    private boolean filling;

    /**
     * @param importWith imports the file with the saved profile (the sync screen's queue)
     * @param close      gives the screen back to the sync page
     */
    public MappingWizardController(ProfileLibrary library, TaskRunner runner, DialogService dialogs,
                                   BiConsumer<Path, ImportProfile> importWith, Runnable close) {
        this.library = library;
        this.runner = runner;
        this.dialogs = dialogs;
        this.importWith = importWith;
        this.close = close;
        InvalidationListener retry = o -> changed();
        List<Observable> watched = new ArrayList<>(List.of(model.idColumns(), model.filterColumn(), model.filterKeep(),
                model.dateFormat()));
        for (FieldChoice f : model.fields()) {
            watched.addAll(List.of(f.source(), f.text(), f.valueMap()));
            f.source().addListener(o -> updateSamples(f));
        }
        watched.forEach(o -> o.addListener(retry));
        model.sheets().addListener((InvalidationListener) o -> changed());
        model.encoding().addListener(o -> reread());
        model.delimiter().addListener(o -> reread());
        model.headerRow().addListener(o -> headerRowChanged());
    }

    public MappingWizardModel model() {
        return model;
    }

    /** Starts on a file: its rows read as detected, a mapping suggested from them. */
    public void open(Path file) {
        filling = true;
        model.file().set(file);
        model.encoding().set(MappingWizardModel.AUTO);
        model.delimiter().set(MappingWizardModel.AUTO);
        model.name().set(file.getFileName().toString().replaceFirst("\\.[^.]+$", ""));
        model.message().set("");
        model.problem().set("");
        model.preview().set(null);
        model.trial().set(null);
        filling = false;
        read(true);
    }

    private void reread() {
        if (!filling && model.file().get() != null) {
            read(false);
        }
    }

    /** Reads the file's first rows with the chosen options; {@code suggest} makes a fresh mapping from them. */
    private void read(boolean suggest) {
        Path file = model.file().get();
        ReadOptions options = readOptions();
        int request = ++readRequest;
        model.reading().set(true);
        runner.run(() -> FilePreview.read(file, options), preview -> {
            if (request != readRequest) {
                return;
            }
            model.reading().set(false);
            model.problem().set("");
            filling = true;
            model.preview().set(preview);
            model.sheets().setAll(preview.sheets().stream().filter(s -> s.name() != null)
                    .map(s -> new SheetChoice(s.name(), s.summary())).toList());
            model.sheets().forEach(s -> s.included().addListener(o -> changed()));
            FilePreview.Sheet first = firstSheet(preview);
            if (suggest || model.headerRow().get() == null || first == null || first.row(model.headerRow().get()) == null) {
                model.headerRow().set(first == null ? 1 : (int) first.likelyHeaderRow());
            }
            filling = false;
            headerRowChanged(suggest);
        }, error -> {
            if (request == readRequest) {
                model.reading().set(false);
                model.preview().set(null);
                model.trial().set(null);
                // a refusal's text is stored in English: said in the window's language
                model.problem().set(org.rectify.ui.common.ImportNoteText.say(error.getMessage()));
            }
        });
    }

    private ReadOptions readOptions() {
        String encoding = model.encoding().get();
        String delimiter = model.delimiter().get();
        return new ReadOptions(encoding == null || encoding.isEmpty() ? null : Charset.forName(encoding),
                delimiter == null || delimiter.isEmpty() ? null : delimiter.charAt(0));
    }

    private void headerRowChanged() {
        if (!filling) {
            headerRowChanged(true);
        }
    }

    /** New headers: a mapping suggested from them (or the old one kept where its columns are still there). */
    private void headerRowChanged(boolean suggest) {
        FilePreview preview = model.preview().get();
        FilePreview.Sheet sheet = firstSheet(preview);
        if (sheet == null) {
            return;
        }
        Integer headerRow = model.headerRow().get();
        SourceRow header = headerRow == null ? null : sheet.row(headerRow);
        List<String> headers = header == null ? List.of()
                : header.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        filling = true;
        boolean sameHeaders = headers.equals(List.copyOf(model.headers()));
        model.headers().setAll(headers);
        if ((suggest || !sameHeaders) && header != null) {
            ImportProfile suggested = ProfileSuggester.suggest(preview.file().getFileName().toString(), sheet.rows(),
                    headerRow).profile();
            apply(ProfileDraft.of(suggested, headers), false);
        }
        model.fields().forEach(this::updateSamples);
        filling = false;
        changed();
    }

    private static FilePreview.Sheet firstSheet(FilePreview preview) {
        if (preview == null || preview.sheets().isEmpty()) {
            return null;
        }
        return preview.sheets().stream().filter(s -> !s.summary() && !s.rows().isEmpty()).findFirst()
                .orElse(preview.sheets().get(0));
    }

    private void apply(ProfileDraft draft, boolean readingToo) {
        WizardDrafts.apply(model, draft, readingToo);
    }

    /** The draft the wizard shows now. */
    ProfileDraft draft() {
        return WizardDrafts.of(model);
    }

    /** Tries the profile on the rows read; a profile the draft cannot make yet says why. */
    private void changed() {
        if (filling || model.preview().get() == null) {
            return;
        }
        try {
            model.trial().set(ProfileTrial.run(draft().toProfile(), model.preview().get()));
            model.problem().set("");
        } catch (IllegalArgumentException e) {
            model.trial().set(null);
            model.problem().set(invalidDateFormat().orElse(e.getMessage()));
        }
    }

    /** The date form typed, when java.time cannot read it: said in the window's language, not the JDK's words. */
    private java.util.Optional<String> invalidDateFormat() {
        String pattern = model.dateFormat().get();
        if (pattern == null || pattern.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            java.time.format.DateTimeFormatter.ofPattern(pattern.strip());
            return java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.of(Messages.format("wizard.dateFormat.invalid", pattern.strip()));
        }
    }

    private void updateSamples(FieldChoice f) {
        FilePreview.Sheet sheet = firstSheet(model.preview().get());
        String column = f.source().get().column();
        if (sheet == null || column == null || model.headerRow().get() == null) {
            f.samples().set("");
            return;
        }
        SourceRow header = sheet.row(model.headerRow().get());
        int index = header == null ? -1 : header.cells().stream().map(String::strip).toList().indexOf(column);
        Map<String, Boolean> values = new LinkedHashMap<>();
        for (SourceRow row : sheet.below(model.headerRow().get())) {
            String value = row.cell(index);
            if (value != null && !value.isBlank()) {
                values.put(value.strip().length() > 24 ? value.strip().substring(0, 24) + "…" : value.strip(), true);
            }
            if (values.size() == 3) {
                break;
            }
        }
        f.samples().set(String.join("  ·  ", values.keySet()));
    }

    /** Saves the profile under its name; false (with the reason shown) when it cannot be saved. */
    public boolean save() {
        String name = model.name().get() == null ? "" : model.name().get().strip();
        if (name.isEmpty()) {
            model.problem().set(Messages.get("wizard.name.missing"));
            return false;
        }
        if (BuiltInProfiles.named(name).isPresent()) {
            model.problem().set(Messages.format("wizard.name.builtIn", name));
            return false;
        }
        ProfileTrial.Result trial = model.trial().get();
        if (trial == null || !trial.usable()) {
            model.problem().set(Messages.get("wizard.notUsable"));
            return false;
        }
        try {
            Path saved = library.save(draft().toProfile());
            model.problem().set("");
            model.message().set(Messages.format("wizard.saved", name, saved.toString()));
            return true;
        } catch (ProfileNotSavedException e) {
            model.problem().set(Messages.format("wizard.saveFailed", name, e.folder(), FileProblemText.of(e.ioCause())));
            return false;
        } catch (RuntimeException e) {
            model.problem().set(e.getMessage());
            return false;
        }
    }

    /** Saves, then imports the file with the profile and gives the screen back. */
    public void saveAndImport() {
        if (save()) {
            importWith.accept(model.file().get(), draft().toProfile());
            close.run();
        }
    }

    public void exportJson() {
        String name = model.name().get() == null || model.name().get().isBlank() ? "profile" : model.name().get().strip();
        dialogs.chooseSaveFile(Messages.get("wizard.exportJson"), library.fileOf(name).getFileName().toString(), "json")
                .ifPresent(file -> {
                    try {
                        Files.writeString(file, ProfileJson.write(draft().toProfile(), Map.of()));
                        model.message().set(Messages.format("wizard.exported", file.toString()));
                    } catch (java.io.IOException e) {
                        model.problem().set(Messages.format("wizard.exportFailed", file, FileProblemText.of(e)));
                    } catch (RuntimeException e) {
                        model.problem().set(e.getMessage()); // a profile the draft cannot make: the form says why too
                    }
                });
    }

    /** Loads a profile from a JSON file (shared by a colleague) onto this file's headers. */
    public void importJson() {
        dialogs.chooseOpenFile(Messages.get("wizard.importJson"), "json").ifPresent(file -> {
            try {
                ImportProfile profile = ProfileJson.read(file);
                filling = true;
                apply(ProfileDraft.of(profile, List.copyOf(model.headers())), true);
                filling = false;
                model.fields().forEach(this::updateSamples);
                model.message().set(Messages.format("wizard.loaded", profile.name()));
                changed();
            } catch (IllegalArgumentException e) {
                filling = false;
                model.problem().set(e.getCause() instanceof java.io.IOException io
                        ? Messages.format("wizard.loadFailed", file, FileProblemText.of(io))
                        : Messages.format("wizard.loadInvalid", file.getFileName(), e.getMessage()));
            }
        });
    }

    public void close() {
        close.run();
    }
}
