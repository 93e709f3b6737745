package com.realsourcing.board.web;

import com.realsourcing.board.domain.PostingExport;
import com.realsourcing.directory.api.DirectoryApi;
import com.realsourcing.directory.api.PlaceView;
import com.realsourcing.directory.api.TagView;
import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.identity.api.OrganizationSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Postings as a spreadsheet, written while the rows arrive: each batch from the cursor is given names (organisation,
 * place, category; looked up once per batch and remembered in bounded caches) and flushed to the response, so the
 * memory an export takes does not grow with its size. Free text goes in as inline strings, which fastexcel does not
 * keep in its shared-strings table; only short repeated labels (kind, status, places) are shared.
 */
@Component
class PostingsWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int BATCH = 500;
    private static final int CACHE = 10_000;
    private static final String[] HEADERS = {
        "id",
        "kind",
        "status",
        "title",
        "organization",
        "organization-id",
        "province",
        "city",
        "address",
        "category",
        "quantity",
        "unit",
        "headcount",
        "quotes",
        "applications",
        "contacts",
        "views",
        "created-at",
        "submitted-at",
        "published-at",
        "valid-until",
        "rejection-reason"
    };
    private static final int[] WIDTHS = {
        38, 12, 10, 40, 30, 38, 12, 12, 16, 14, 12, 8, 8, 8, 8, 8, 8, 17, 17, 17, 17, 30
    };

    private final PostingExport export;
    private final IdentityApi identity;
    private final DirectoryApi directory;
    private final MessageSource messages;

    PostingsWorkbook(PostingExport export, IdentityApi identity, DirectoryApi directory, MessageSource messages) {
        this.export = export;
        this.identity = identity;
        this.directory = directory;
        this.messages = messages;
    }

    static String filename(java.time.LocalDate today) {
        return "board-postings-" + today + ".xlsx";
    }

    /** Writes the postings to {@code out}; returns how many rows. */
    long write(PostingExport.Filter filter, Locale locale, ZoneId zone, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "RealSourcing", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.getMessage("board.export.sheet", null, locale));
        for (int c = 0; c < HEADERS.length; c++) {
            sheet.value(0, c, messages.getMessage("board.export.column." + HEADERS[c], null, locale));
            sheet.width(c, WIDTHS[c]);
        }
        sheet.range(0, 0, 0, HEADERS.length - 1)
                .style()
                .bold()
                .fillColor("E8EEF7")
                .set();
        sheet.freezePane(0, 1);
        Names names = new Names(locale);
        int[] row = {1};
        long total = export.stream(filter, BATCH, batch -> {
            names.prepare(batch);
            for (PostingExport.Row p : batch) {
                write(sheet, row[0]++, p, names, locale, zone);
            }
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        workbook.finish();
        return total;
    }

    private void write(Worksheet sheet, int r, PostingExport.Row p, Names names, Locale locale, ZoneId zone) {
        int c = 0;
        sheet.inlineString(r, c++, p.id().toString());
        sheet.value(r, c++, messages.getMessage("board.kind." + p.kind(), null, locale));
        sheet.value(r, c++, messages.getMessage("board.admin.posting-status." + p.status(), null, locale));
        sheet.inlineString(r, c++, p.title());
        inline(sheet, r, c++, names.organization(p.organizationId()));
        sheet.inlineString(r, c++, p.organizationId().toString());
        PlaceView place = names.place(p.provinceCode(), p.cityCode());
        text(sheet, r, c++, place == null ? p.provinceCode() : place.provinceName());
        text(sheet, r, c++, place == null ? p.cityCode() : place.cityName());
        inline(sheet, r, c++, p.address());
        text(sheet, r, c++, names.category(p.categoryTagId()));
        if (p.quantity() != null) {
            sheet.value(r, c, p.quantity());
        }
        c++;
        text(sheet, r, c++, p.unit());
        if (p.headcount() != null) {
            sheet.value(r, c, p.headcount());
        }
        c++;
        sheet.value(r, c++, p.quoteCount());
        sheet.value(r, c++, p.applicationCount());
        sheet.value(r, c++, p.contactCount());
        sheet.value(r, c++, p.viewCount());
        time(sheet, r, c++, p.createdAt(), zone);
        time(sheet, r, c++, p.submittedAt(), zone);
        time(sheet, r, c++, p.publishedAt(), zone);
        time(sheet, r, c++, p.validUntil(), zone);
        inline(sheet, r, c, p.rejectionReason());
    }

    private static void inline(Worksheet sheet, int r, int c, String value) {
        if (value != null) {
            sheet.inlineString(r, c, value);
        }
    }

    private static void text(Worksheet sheet, int r, int c, String value) {
        if (value != null) {
            sheet.value(r, c, value);
        }
    }

    private static void time(Worksheet sheet, int r, int c, Instant value, ZoneId zone) {
        if (value != null) {
            sheet.value(r, c, LocalDateTime.ofInstant(value, zone));
            sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
        }
    }

    /** Names looked up a batch at a time and kept in caches that never grow past {@value #CACHE} entries. */
    private final class Names {
        private final Map<UUID, String> organizations = lru();
        private final Map<UUID, String> categories = lru();
        private final Map<String, PlaceView> places = lru();
        private final boolean english;

        Names(Locale locale) {
            this.english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        }

        void prepare(List<PostingExport.Row> batch) {
            Set<UUID> orgs = new HashSet<>();
            Set<UUID> tags = new HashSet<>();
            for (PostingExport.Row p : batch) {
                if (!organizations.containsKey(p.organizationId())) {
                    orgs.add(p.organizationId());
                }
                if (p.categoryTagId() != null && !categories.containsKey(p.categoryTagId())) {
                    tags.add(p.categoryTagId());
                }
            }
            if (!orgs.isEmpty()) {
                Map<UUID, OrganizationSummary> found = identity.findOrganizations(orgs);
                orgs.forEach(id -> organizations.put(
                        id, found.containsKey(id) ? found.get(id).name() : ""));
            }
            if (!tags.isEmpty()) {
                Map<UUID, String> found = new LinkedHashMap<>();
                for (TagView tag : directory.findTags(tags)) {
                    found.put(tag.id(), english ? tag.nameEn() : tag.nameZh());
                }
                tags.forEach(id -> categories.put(id, found.getOrDefault(id, "")));
            }
        }

        String organization(UUID id) {
            String name = organizations.get(id);
            return name == null || name.isEmpty() ? null : name;
        }

        String category(UUID id) {
            String name = id == null ? null : categories.get(id);
            return name == null || name.isEmpty() ? null : name;
        }

        PlaceView place(String province, String city) {
            String key = province + "/" + city;
            PlaceView place = places.get(key);
            if (place == null && !places.containsKey(key)) {
                place = directory.findPlace(province, city, null).orElse(null);
                places.put(key, place);
            }
            return place;
        }
    }

    private static <K, V> Map<K, V> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > CACHE;
            }
        };
    }
}
