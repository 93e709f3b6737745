package com.realsourcing.board;

import static com.realsourcing.board.BoardFixtures.job;
import static com.realsourcing.board.BoardFixtures.procurement;
import static com.realsourcing.board.BoardFixtures.publish;
import static com.realsourcing.board.BoardFixtures.published;
import static com.realsourcing.board.BoardFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 数据看板 and the exports over HTTP: figures counted against what the test itself did (other test classes share the
 * database, so the test compares the totals before and after), periods per day, ISO week and month, the workbook
 * read back, and the streamed postings export with its masking.
 */
class BoardStatsApiIntegrationTests extends ApiTestSupport {

    private String range() {
        return "&from=" + today().minusDays(1) + "&to=" + today();
    }

    private JsonNode stats(ApiClient admin, String query) {
        var response = admin.get("/api/board/admin/stats?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** The totals flattened to "newOrganizations.FACTORY" → 3, "oem.deals" → 1 … plus the funnel. */
    private static Map<String, Long> figures(JsonNode report) {
        Map<String, Long> flat = new HashMap<>();
        flatten("", report.path("totals"), flat);
        flatten("funnel.", report.path("funnel"), flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Long> into) {
        for (var field : node.properties()) {
            if (field.getValue().isObject()) {
                flatten(prefix + field.getKey() + ".", field.getValue(), into);
            } else if (field.getValue().isIntegralNumber()) {
                into.put(prefix + field.getKey(), field.getValue().asLong());
            }
        }
    }

    private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> changed = new HashMap<>();
        after.forEach((key, value) -> {
            long d = value - before.getOrDefault(key, 0L);
            if (d != 0) {
                changed.put(key, d);
            }
        });
        return changed;
    }

    @Test
    void theFiguresCountWhatHappenedPerKindWithOemFiguresAndTheFunnel() {
        ApiClient admin = admin();
        Map<String, Long> before = figures(stats(admin, "granularity=day" + range()));

        ApiClient trader = loggedIn("TRADING_COMPANY");
        BoardAdminFixtures.verify(trader, admin, "TRADING_COMPANY");
        ApiClient factory = loggedIn("FACTORY");
        BoardAdminFixtures.verify(factory, admin, "FACTORY");
        ApiClient worker = loggedIn("WORKER");

        // two demands: one published, one rejected
        String rfq = published(trader, admin, procurement(trader, "保温杯", 30000));
        var refused = publish(
                trader, procurement(trader, "餐具", 500), UUID.randomUUID().toString());
        var rejected = admin.post(
                "/api/board/admin/reviews/"
                        + refused.json().path("summary").path("id").asString() + "/reject",
                Map.of("reason", "图片与描述不符"));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        // an OEM service and a job, both published
        String process = BoardAdminFixtures.ownProcess(admin);
        String service = published(factory, admin, BoardAdminFixtures.oemService(process, 30000, 15));
        String jobId = published(factory, admin, job(factory, "缝纫工", 3));

        // the factory quotes on the demand and contacts the buyer, who marks the deal
        var quoted = factory.post(
                "/api/board/postings/" + rfq + "/quotes",
                Map.of(
                        "unitPrice",
                        "13.80",
                        "currency",
                        "CNY",
                        "moq",
                        1000,
                        "leadTimeDays",
                        25,
                        "validUntil",
                        today().plusDays(20).toString()));
        assertThat(quoted.status()).as(quoted.body()).isEqualTo(201);
        var contact = factory.post("/api/board/postings/" + rfq + "/contacts", Map.of("message", "您好"));
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        assertThat(trader.post("/api/board/contacts/" + contact.text("id") + "/deal", null)
                        .status())
                .isEqualTo(200);
        // the trader contacts the OEM service, and the factory marks that deal too
        var oemContact = trader.post("/api/board/postings/" + service + "/contacts", Map.of());
        assertThat(oemContact.status()).as(oemContact.body()).isEqualTo(201);
        assertThat(factory.post("/api/board/contacts/" + oemContact.text("id") + "/deal", null)
                        .status())
                .isEqualTo(200);
        // a worker applies to the job and is taken on
        var profile = worker.put(
                "/api/board/worker-profile", Map.of("name", "李师傅", "mobile", "13800138000", "experienceYears", 3));
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        var applied = worker.post("/api/board/postings/" + jobId + "/applications", Map.of());
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(factory.post("/api/board/applications/" + applied.text("id") + "/accept", null)
                        .status())
                .isEqualTo(200);

        JsonNode report = stats(admin, "granularity=day" + range());
        assertThat(delta(before, figures(report)))
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("newOrganizations.FACTORY", 1L),
                        Map.entry("newOrganizations.TRADING_COMPANY", 1L),
                        Map.entry("newOrganizations.WORKER", 1L),
                        Map.entry("postingsSubmitted.PROCUREMENT", 2L),
                        Map.entry("postingsSubmitted.OEM_SERVICE", 1L),
                        Map.entry("postingsSubmitted.JOB", 1L),
                        Map.entry("published", 3L),
                        Map.entry("approvals", 3L),
                        Map.entry("rejections", 1L),
                        Map.entry("contacts", 2L),
                        Map.entry("deals", 2L),
                        Map.entry("applications", 1L),
                        Map.entry("acceptances", 1L),
                        Map.entry("quotes", 1L),
                        Map.entry("oem.servicesPosted", 1L),
                        Map.entry("oem.contacts", 1L),
                        Map.entry("oem.deals", 1L),
                        Map.entry("funnel.published", 3L),
                        Map.entry("funnel.contacted", 2L),
                        Map.entry("funnel.deals", 2L)));

        // the two days add up to the totals, and every type and kind is present
        assertThat(report.path("periods").size()).isEqualTo(2);
        long approvals = 0;
        for (JsonNode period : report.path("periods")) {
            approvals += period.path("figures").path("approvals").asLong();
            assertThat(period.path("start").asString())
                    .isEqualTo(period.path("end").asString());
            assertThat(period.path("figures").path("postingsSubmitted").size()).isEqualTo(5);
            assertThat(period.path("figures").path("newOrganizations").has("WORKER"))
                    .isTrue();
        }
        assertThat(approvals).isEqualTo(report.path("totals").path("approvals").asLong());
        assertThat(report.path("zone").asString()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void weeksStartOnMondayMonthsOnTheFirstAndDefaultsEndToday() {
        ApiClient admin = admin();
        JsonNode days = stats(admin, "granularity=day");
        assertThat(days.path("periods").size()).isEqualTo(30);
        assertThat(days.path("to").asString()).isEqualTo(today().toString());

        JsonNode weeks = stats(admin, "granularity=week");
        assertThat(weeks.path("periods").size()).isEqualTo(12);
        LocalDate expected = null;
        for (JsonNode period : weeks.path("periods")) {
            LocalDate start = LocalDate.parse(period.path("start").asString());
            assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            if (expected != null) {
                assertThat(start).isEqualTo(expected);
            }
            expected = start.plusWeeks(1);
        }
        JsonNode lastWeek = weeks.path("periods").get(11);
        assertThat(LocalDate.parse(lastWeek.path("start").asString())).isAfter(today().minusDays(7));
        assertThat(lastWeek.path("end").asString()).isEqualTo(today().toString());

        JsonNode months = stats(admin, "granularity=month");
        assertThat(months.path("periods").size()).isEqualTo(12);
        for (JsonNode period : months.path("periods")) {
            assertThat(LocalDate.parse(period.path("start").asString()).getDayOfMonth())
                    .isEqualTo(1);
        }

        // a range starting mid-week starts on its Monday; the last week ends with the range
        JsonNode cut = stats(admin, "granularity=week&from=2026-01-07&to=2026-01-20");
        assertThat(cut.path("from").asString()).isEqualTo("2026-01-05");
        List<String> spans = new ArrayList<>();
        cut.path("periods")
                .forEach(p -> spans.add(
                        p.path("start").asString() + "/" + p.path("end").asString()));
        assertThat(spans).containsExactly("2026-01-05/2026-01-11", "2026-01-12/2026-01-18", "2026-01-19/2026-01-20");
    }

    @Test
    void refusesBackwardTooLongAndUnknownRanges() {
        ApiClient admin = admin();
        var backward = admin.get("/api/board/admin/stats?granularity=day&from=2026-02-01&to=2026-01-01");
        assertThat(backward.status()).isEqualTo(400);
        assertThat(backward.text("code")).isEqualTo("board.stats-range-invalid");
        var tooLong = admin.get("/api/board/admin/stats?granularity=day&from=2023-01-01&to=2026-01-01");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text("code")).isEqualTo("board.stats-range-too-long");
        assertThat(tooLong.text("detail")).contains("366");
        assertThat(admin.get("/api/board/admin/stats?granularity=year").status())
                .isEqualTo(400);
        var backwardExport = admin.bytes("/api/board/admin/postings.xlsx?from=2026-02-01&to=2026-01-01");
        assertThat(backwardExport.statusCode()).isEqualTo(400);
    }

    @Test
    void theWorkbookHoldsTheSameFiguresWithChineseOrEnglishHeaders() throws IOException {
        ApiClient admin = admin();
        String query = "granularity=week&from=" + today().minusWeeks(3) + "&to=" + today();
        JsonNode report = stats(admin, query);
        var download = admin.bytes("/api/board/admin/stats.xlsx?" + query);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment", "board-stats-week-");

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(download.body()))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(s -> s.getName()).containsExactly("数据看板", "对接转化");
            List<Row> rows = sheets.get(0).read();
            Row header = rows.get(0);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getText()));
            assertThat(headers).startsWith("周期", "开始日期", "结束日期", "新增工厂");
            assertThat(headers).contains("采购需求发布量", "代加工服务发布量", "审核通过", "审核驳回", "新匹配", "成交", "代加工成交");
            // one row per week, then the totals
            assertThat(rows).hasSize(report.path("periods").size() + 2);
            int approvalsColumn = headers.indexOf("审核通过");
            int contactsColumn = headers.indexOf("联系对方");
            for (int i = 0; i < report.path("periods").size(); i++) {
                JsonNode figures = report.path("periods").get(i).path("figures");
                Row row = rows.get(i + 1);
                assertThat(row.getCellText(0)).matches("\\d{4}-W\\d{2}");
                assertThat(row.getCellAsNumber(approvalsColumn).orElseThrow().longValue())
                        .isEqualTo(figures.path("approvals").asLong());
                assertThat(row.getCellAsNumber(contactsColumn).orElseThrow().longValue())
                        .isEqualTo(figures.path("contacts").asLong());
            }
            Row totals = rows.get(rows.size() - 1);
            assertThat(totals.getCellText(0)).isEqualTo("合计");
            assertThat(totals.getCellAsNumber(approvalsColumn).orElseThrow().longValue())
                    .isEqualTo(report.path("totals").path("approvals").asLong());

            List<Row> funnel = sheets.get(1).read();
            assertThat(funnel.get(1).getCellText(0)).isEqualTo("信息发布");
            assertThat(funnel.get(1).getCellAsNumber(1).orElseThrow().longValue())
                    .isEqualTo(report.path("funnel").path("published").asLong());
        }

        var english = admin.language("en-US").bytes("/api/board/admin/stats.xlsx?" + query);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(english.body()))) {
            var sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Dashboard");
            Row header = sheet.read().get(0);
            assertThat(header.getCellText(3)).isEqualTo("New factories");
        }
    }

    @Test
    void thePostingsExportStreamsTheFilteredPostingsWithNamesAndMaskedAddresses() throws IOException {
        ApiClient admin = admin();
        ApiClient trader = loggedIn("TRADING_COMPANY");
        BoardAdminFixtures.verify(trader, admin, "TRADING_COMPANY");
        Map<String, Object> form = procurement(trader, "不锈钢保温杯", 30000);
        form.put("addressLine", "宝安区福永街道凤凰路88号3栋");
        String live = published(trader, admin, form);
        var refused = publish(
                trader, procurement(trader, "陶瓷餐具", 800), UUID.randomUUID().toString());
        String rejectedId = refused.json().path("summary").path("id").asString();
        admin.post("/api/board/admin/reviews/" + rejectedId + "/reject", Map.of("reason", "数量与图片不符"));
        String organization = trader.get("/api/identity/me")
                .json()
                .path("activeOrganization")
                .path("name")
                .asString();

        var download =
                admin.bytes("/api/board/admin/postings.xlsx?kind=PROCUREMENT&from=" + today() + "&to=" + today());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("board-postings-");
        Map<String, Row> byId = new HashMap<>();
        List<String> headers = new ArrayList<>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(download.body()))) {
            var sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("供需信息");
            List<Row> rows = sheet.read();
            rows.get(0).forEach(c -> headers.add(c.getText()));
            rows.stream().skip(1).forEach(r -> byId.put(r.getCellText(0), r));
        }
        assertThat(headers).startsWith("编号", "类型", "状态", "标题", "发布机构");
        Row row = byId.get(live);
        assertThat(row).as("the published posting is exported").isNotNull();
        assertThat(row.getCellText(headers.indexOf("类型"))).isEqualTo("采购需求");
        assertThat(row.getCellText(headers.indexOf("状态"))).isEqualTo("已发布");
        assertThat(row.getCellText(headers.indexOf("标题"))).isEqualTo("求购 不锈钢保温杯 30000 个");
        assertThat(row.getCellText(headers.indexOf("发布机构"))).isEqualTo(organization);
        assertThat(row.getCellText(headers.indexOf("省份"))).isEqualTo("广东省");
        assertThat(row.getCellText(headers.indexOf("城市"))).isEqualTo("深圳市");
        assertThat(row.getCellText(headers.indexOf("品类"))).isEqualTo("保温杯");
        assertThat(row.getCellAsNumber(headers.indexOf("数量")).orElseThrow().intValue())
                .isEqualTo(30000);
        assertThat(row.getCellText(headers.indexOf("地址（已脱敏）"))).isEqualTo("宝安区福永街****");
        assertThat(row.getCellAsDate(headers.indexOf("发布时间")).orElseThrow().toLocalDate())
                .isEqualTo(today());
        assertThat(byId.get(rejectedId).getCellText(headers.indexOf("驳回原因"))).isEqualTo("数量与图片不符");
        assertThat(byId.values())
                .allMatch(r -> r.getCellText(headers.indexOf("类型")).equals("采购需求"));

        // only the rejected ones, in English
        var rejectedOnly = admin.language("en-US")
                .bytes("/api/board/admin/postings.xlsx?status=REJECTED&from=" + today() + "&to=" + today());
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(rejectedOnly.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Kind");
            assertThat(rows.stream().skip(1).map(r -> r.getCellText(0)))
                    .contains(rejectedId)
                    .doesNotContain(live);
            assertThat(rows.stream().skip(1).map(r -> r.getCellText(2))).containsOnly("Rejected");
        }
    }

    @Test
    void businessAccountsAreRefusedAndVisitorsAskedToSignIn() {
        List<String> reads = List.of(
                "/api/board/admin/stats",
                "/api/board/admin/stats?granularity=month",
                "/api/board/admin/stats.xlsx",
                "/api/board/admin/postings.xlsx");
        ApiClient factory = loggedIn("FACTORY");
        ApiClient visitor = client();
        for (String path : reads) {
            assertThat(factory.bytes(path).statusCode()).as(path).isEqualTo(403);
            assertThat(visitor.bytes(path).statusCode()).as(path).isEqualTo(401);
        }
    }
}
