package org.rectify.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes small exports in the standard layout (DESIGN 3.4) for tests. */
public final class StandardCsv {

    public static final String HEADER =
            "工单号,受理时间,归档时间,区分公司,服务中心,工单类型,投诉大类,问题细类,受理渠道,越级渠道,一次性解决,处理状态,责任人,用户号码,满意度,投诉内容";

    private final List<String> lines = new ArrayList<>(List.of(HEADER));

    public static StandardCsv create() {
        return new StandardCsv();
    }

    /** A complaint with the fields tests care about; the rest get plausible values. */
    public StandardCsv ticket(String id, String created, String closed, String district, String category,
                              String problem, String fcr, String status) {
        return line(String.join(",", id, created, closed, district, district + "服务中心", "抱怨", category, problem,
                "10000号", "", fcr, status, "王伟", "13812345678", "5", "用户反映" + problem));
    }

    public StandardCsv line(String raw) {
        lines.add(raw);
        return this;
    }

    public Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }
}
