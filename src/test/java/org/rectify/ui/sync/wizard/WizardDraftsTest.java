package org.rectify.ui.sync.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rectify.sync.ImportProfile;
import org.rectify.sync.ProfileDraft;
import org.rectify.sync.ProfileJson;

/**
 * A profile loaded into the wizard's form (a colleague's JSON) comes back out of the form as the same
 * profile: columns, a ticket id built from columns, constants, defaults, value maps, the filter, the
 * date form, the sheets and how the file is read. (A list naming every sheet but the summaries comes back
 * as no list: the same import.)
 */
class WizardDraftsTest {

    private static final List<String> HEADERS = List.of("编号", "日期", "时间", "片区", "诉求类型", "号码", "内容");

    @Test
    void aProfileLoadedIntoTheFormComesBackTheSame() {
        ImportProfile shared = ProfileJson.parse("""
                {"name": "坪山片区导出", "headerRow": 3, "sheets": ["龙华"], "encoding": "GB18030", "delimiter": ";",
                 "columns": {"district": "片区", "kind": "诉求类型", "subscriber": "号码", "description": "内容"},
                 "join": {"created_at": ["日期", "时间"]},
                 "ticketIdFrom": ["编号", "号码"],
                 "dateFormats": ["yyyy.MM.dd HH:mm"],
                 "values": {"kind": {"投诉": "抱怨", "咨询": "咨询"}},
                 "constants": {"service_center": "坪山服务中心"},
                 "defaults": {"district": "坪山"},
                 "filter": {"column": "诉求类型", "keep": ["投诉", "咨询"]}}""", "test");
        MappingWizardModel model = new MappingWizardModel();
        model.headers().setAll(HEADERS);
        model.sheets().setAll(List.of(new SheetChoice("龙华", false), new SheetChoice("坪山", false),
                new SheetChoice("汇总", true)));

        WizardDrafts.apply(model, ProfileDraft.of(shared, HEADERS), true);
        ImportProfile back = WizardDrafts.of(model).toProfile();

        assertEquals(ProfileJson.write(shared, Map.of()), ProfileJson.write(back, Map.of()));
    }
}
