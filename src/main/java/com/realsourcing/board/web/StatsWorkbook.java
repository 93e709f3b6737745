package com.realsourcing.board.web;

import com.realsourcing.board.domain.BoardStats;
import com.realsourcing.board.domain.PostingKind;
import com.realsourcing.identity.api.OrganizationType;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboards as a spreadsheet (数据可导出Excel): one wide sheet of figures per period with a totals row, and the
 * funnel on a second sheet; headers in the reader's language (zh-CN unless they asked for English).
 */
@Component
class StatsWorkbook {

    private record Column(String header, ToLongFunction<BoardStats.Figures> value) {}

    private final MessageSource messages;

    StatsWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    static String filename(BoardStats.Report report) {
        return "board-stats-" + report.granularity().name().toLowerCase(Locale.ROOT) + "-" + report.from() + "-"
                + report.to() + ".xlsx";
    }

    void write(BoardStats.Report report, Locale locale, OutputStream out) throws IOException {
        List<Column> columns = columns(locale);
        Workbook workbook = new Workbook(out, "RealSourcing", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("board.stats.sheet.figures", locale));
        sheet.value(0, 0, text("board.stats.column.period", locale));
        sheet.value(0, 1, text("board.stats.column.start", locale));
        sheet.value(0, 2, text("board.stats.column.end", locale));
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c + 3, columns.get(c).header());
        }
        int lastColumn = columns.size() + 2;
        sheet.range(0, 0, 0, lastColumn)
                .style()
                .bold()
                .fillColor("E8EEF7")
                .wrapText(true)
                .set();
        sheet.freezePane(1, 1);
        sheet.width(0, 12);
        sheet.width(1, 12);
        sheet.width(2, 12);
        int row = 1;
        for (BoardStats.Period period : report.periods()) {
            sheet.value(row, 0, label(report.granularity(), period.start()));
            sheet.value(row, 1, period.start());
            sheet.value(row, 2, period.end());
            sheet.style(row, 1).format("yyyy-mm-dd").set();
            sheet.style(row, 2).format("yyyy-mm-dd").set();
            figures(sheet, row, columns, period.figures());
            row++;
        }
        sheet.value(row, 0, text("board.stats.total", locale));
        sheet.value(row, 1, report.from());
        sheet.value(row, 2, report.to());
        sheet.style(row, 1).format("yyyy-mm-dd").set();
        sheet.style(row, 2).format("yyyy-mm-dd").set();
        figures(sheet, row, columns, report.totals());
        sheet.range(row, 0, row, lastColumn).style().bold().set();

        Worksheet funnel = workbook.newWorksheet(text("board.stats.sheet.funnel", locale));
        funnel.value(0, 0, text("board.stats.funnel.step", locale));
        funnel.value(0, 1, text("board.stats.funnel.count", locale));
        funnel.value(0, 2, text("board.stats.funnel.rate", locale));
        funnel.range(0, 0, 0, 2).style().bold().fillColor("E8EEF7").set();
        funnel.width(0, 24);
        BoardStats.Funnel f = report.funnel();
        long[] counts = {f.published(), f.contacted(), f.deals()};
        String[] steps = {"published", "contacted", "deals"};
        for (int i = 0; i < 3; i++) {
            funnel.value(i + 1, 0, text("board.stats.funnel." + steps[i], locale));
            funnel.value(i + 1, 1, counts[i]);
            funnel.value(i + 1, 2, f.published() == 0 ? 0 : (double) counts[i] / f.published());
            funnel.style(i + 1, 2).format("0.0%").set();
        }
        funnel.value(5, 0, text("board.stats.range", locale));
        funnel.value(
                5, 1, report.from() + " – " + report.to() + " (" + report.zone().getId() + ")");
        workbook.finish();
    }

    private static void figures(Worksheet sheet, int row, List<Column> columns, BoardStats.Figures figures) {
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(row, c + 3, columns.get(c).value().applyAsLong(figures));
        }
    }

    /** 2026-03-09, 2026-W11 or 2026-03. */
    static String label(BoardStats.Granularity granularity, LocalDate start) {
        return switch (granularity) {
            case DAY -> start.toString();
            case WEEK ->
                "%d-W%02d"
                        .formatted(start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> "%d-%02d".formatted(start.getYear(), start.getMonthValue());
        };
    }

    private List<Column> columns(Locale locale) {
        List<Column> columns = new ArrayList<>();
        for (OrganizationType type : List.of(
                OrganizationType.FACTORY,
                OrganizationType.TRADING_COMPANY,
                OrganizationType.BRAND,
                OrganizationType.CREATOR,
                OrganizationType.WORKER)) {
            columns.add(new Column(
                    text(
                            "board.stats.column.new-organizations",
                            locale,
                            text("board.admin.organization-type." + type, locale)),
                    f -> f.newOrganizations().getOrDefault(type, 0L)));
        }
        for (PostingKind kind : PostingKind.values()) {
            columns.add(new Column(
                    text("board.stats.column.submitted", locale, text("board.kind." + kind, locale)),
                    f -> f.postingsSubmitted().getOrDefault(kind, 0L)));
        }
        columns.add(new Column(text("board.stats.column.published", locale), BoardStats.Figures::published));
        columns.add(new Column(text("board.stats.column.approvals", locale), BoardStats.Figures::approvals));
        columns.add(new Column(text("board.stats.column.rejections", locale), BoardStats.Figures::rejections));
        columns.add(new Column(text("board.stats.column.contacts", locale), BoardStats.Figures::contacts));
        columns.add(new Column(text("board.stats.column.deals", locale), BoardStats.Figures::deals));
        columns.add(new Column(text("board.stats.column.matches", locale), BoardStats.Figures::matches));
        columns.add(new Column(text("board.stats.column.applications", locale), BoardStats.Figures::applications));
        columns.add(new Column(text("board.stats.column.acceptances", locale), BoardStats.Figures::acceptances));
        columns.add(new Column(text("board.stats.column.quotes", locale), BoardStats.Figures::quotes));
        columns.add(new Column(
                text("board.stats.column.oem-demands", locale), f -> f.oem().demandsPosted()));
        columns.add(new Column(
                text("board.stats.column.oem-services", locale), f -> f.oem().servicesPosted()));
        columns.add(new Column(
                text("board.stats.column.oem-contacts", locale), f -> f.oem().contacts()));
        columns.add(new Column(
                text("board.stats.column.oem-deals", locale), f -> f.oem().deals()));
        return columns;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
