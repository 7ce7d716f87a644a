package org.rectify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 工单类型 as other systems write it: a whole known word, else the one kind's stem it holds, else OTHER. */
class TicketKindTest {

    @ParameterizedTest
    @CsvSource({
        "抱怨, COMPLAINT", "投诉, COMPLAINT", "本地抱怨, COMPLAINT", "Complaint, COMPLAINT", "'', COMPLAINT",
        "投诉工单, COMPLAINT", "越级投诉, COMPLAINT", "抱怨类, COMPLAINT", "业务咨询, CONSULTATION", "咨询工单, CONSULTATION",
        "意见建议, SUGGESTION", "表扬工单, PRAISE", "违规举报, REPORT",
        "投诉建议, OTHER", "非投诉, OTHER", "申告, OTHER", "故障报修, OTHER", "other, OTHER"})
    void readsAKindFromItsWholeWordOrItsOneStem(String raw, TicketKind kind) {
        assertEquals(kind, TicketKind.fromRaw(raw), raw);
    }
}
