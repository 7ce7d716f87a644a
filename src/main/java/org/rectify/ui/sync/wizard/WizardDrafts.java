package org.rectify.ui.sync.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rectify.sync.CanonicalField;
import org.rectify.sync.ProfileDraft;

/** The wizard's model and a profile draft, each made from the other: what is typed becomes a profile, a profile loaded fills the form. */
final class WizardDrafts {

    private WizardDrafts() {
    }

    /** Sets the model from a draft; {@code readingToo} also takes its encoding, delimiter, header row and sheets. */
    static void apply(MappingWizardModel model, ProfileDraft draft, boolean readingToo) {
        for (FieldChoice f : model.fields()) {
            ProfileDraft.Source source = draft.source(f.field());
            if (source.kind() == ProfileDraft.SourceKind.COLUMN && !model.headers().contains(source.column())) {
                source = ProfileDraft.Source.NONE;
            } else if (source.kind() == ProfileDraft.SourceKind.HASH) {
                source = new ProfileDraft.Source(ProfileDraft.SourceKind.HASH, List.of()); // its columns: idColumns
            }
            f.source().set(source);
            f.text().set(draft.texts.getOrDefault(f.field(), ""));
            f.valueMap().set(ValueMapText.format(draft.values.getOrDefault(f.field(), Map.of())));
        }
        ProfileDraft.Source id = draft.source(CanonicalField.TICKET_ID);
        model.idColumns().setAll(id.kind() == ProfileDraft.SourceKind.HASH ? id.columns() : List.of());
        model.filterColumn().set(draft.filterColumn == null ? MappingWizardModel.AUTO : draft.filterColumn);
        model.filterKeep().set(String.join(", ", draft.filterKeep));
        model.dateFormat().set(draft.dateFormats.isEmpty() ? "" : draft.dateFormats.get(0));
        if (readingToo) {
            model.name().set(draft.name);
            if (!draft.sheets.isEmpty()) {
                model.sheets().forEach(s -> s.included().set(draft.sheets.contains(s.name())));
            }
            model.encoding().set(draft.encoding == null ? MappingWizardModel.AUTO : draft.encoding);
            model.delimiter().set(draft.delimiter == null ? MappingWizardModel.AUTO : draft.delimiter.toString());
            if (draft.headerRow != null) {
                model.headerRow().set(draft.headerRow);
            }
        }
    }

    /** The draft the wizard shows now. */
    static ProfileDraft of(MappingWizardModel model) {
        ProfileDraft draft = new ProfileDraft();
        draft.name = model.name().get();
        draft.headerRow = model.headerRow().get();
        boolean allButSummaries = model.sheets().stream().allMatch(s -> s.included().get() != s.summary());
        draft.sheets = allButSummaries ? new ArrayList<>()
                : new ArrayList<>(model.sheets().stream().filter(s -> s.included().get()).map(SheetChoice::name).toList());
        for (FieldChoice f : model.fields()) {
            ProfileDraft.Source source = f.source().get();
            if (source.kind() == ProfileDraft.SourceKind.HASH) {
                source = new ProfileDraft.Source(ProfileDraft.SourceKind.HASH, List.copyOf(model.idColumns()));
            }
            draft.sources.put(f.field(), source);
            draft.texts.put(f.field(), f.text().get());
            draft.values.put(f.field(), ValueMapText.parse(f.valueMap().get()));
        }
        String filter = model.filterColumn().get();
        draft.filterColumn = filter == null || filter.isEmpty() ? null : filter;
        draft.filterKeep = new ArrayList<>(java.util.Arrays.stream(model.filterKeep().get().split("[,，]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
        String pattern = model.dateFormat().get();
        draft.dateFormats = pattern == null || pattern.isBlank() ? new ArrayList<>() : new ArrayList<>(List.of(pattern.strip()));
        String encoding = model.encoding().get();
        draft.encoding = encoding == null || encoding.isEmpty() ? null : encoding;
        String delimiter = model.delimiter().get();
        draft.delimiter = delimiter == null || delimiter.isEmpty() ? null : delimiter.charAt(0);
        return draft;
    }
}
