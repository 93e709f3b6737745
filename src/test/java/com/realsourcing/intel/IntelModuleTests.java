package com.realsourcing.intel;

import static com.realsourcing.intel.ApifyFixtures.daysAgo;
import static com.realsourcing.intel.ApifyFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.realsourcing.directory.api.DirectoryApi;
import com.realsourcing.intel.api.FactorySocialFigures;
import com.realsourcing.intel.api.IntelApi;
import com.realsourcing.intel.domain.CurationService;
import com.realsourcing.intel.domain.FakeDirectory;
import com.realsourcing.intel.domain.ImportFormat;
import com.realsourcing.intel.domain.ImportJob;
import com.realsourcing.intel.domain.ImportService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import tools.jackson.databind.JsonNode;

/** The intel module on its own; the directory's reference data comes from the shipped CSV files. */
@ApplicationModuleTest
class IntelModuleTests {

    @MockitoBean
    com.realsourcing.notify.api.NotifyApi notify;

    @MockitoBean
    DirectoryApi directory;

    @Autowired
    IntelApi intel;

    @Autowired
    ImportService imports;

    @Autowired
    CurationService curation;

    @BeforeEach
    void directoryData() {
        FakeDirectory fake = new FakeDirectory();
        when(directory.exportIndustries()).thenReturn(fake.exportIndustries());
        when(directory.countries()).thenReturn(fake.countries());
    }

    @Test
    void aFactoryCardGetsTheLinkedAccountsAndTheirLast30Days() {
        String base = Long.toString(7_200_000_000_000_000_000L + System.nanoTime() % 1_000_000_000_000L * 1000);
        String handle = "module_" + base;
        List<JsonNode> items = List.of(
                item(base + "1", handle, "CNC lathe factory", List.of("usa"), daysAgo(3), 150_000, 5_000, 100, 50, 50),
                item(
                        base + "2",
                        handle,
                        "CNC milling machine",
                        List.of("mexico"),
                        daysAgo(10),
                        50_000,
                        1_000,
                        10,
                        10,
                        10),
                item(base + "3", handle, "old CNC video", List.of(), daysAgo(45), 900_000, 9_000, 0, 0, 0));

        ImportJob job = imports.importItems(ImportFormat.APIFY_RUN, "module test", items.iterator());
        assertThat(job.inserted()).isEqualTo(3);

        UUID factory = UUID.randomUUID();
        assertThat(intel.figuresForFactory(factory).accounts()).isEmpty();
        curation.linkFactory(curation.accountByHandle(handle).orElseThrow(), factory);

        FactorySocialFigures figures = intel.figuresForFactory(factory);
        assertThat(figures.accounts()).singleElement().satisfies(a -> {
            assertThat(a.handle()).isEqualTo(handle);
            assertThat(a.followers()).isEqualTo(12_000);
            assertThat(a.followersText()).isEqualTo("1.2万");
        });
        assertThat(figures.videos30d()).isEqualTo(2);
        assertThat(figures.plays30d()).isEqualTo(200_000);
        assertThat(figures.plays30dText()).isEqualTo("20万");
        assertThat(figures.likes30d()).isEqualTo(6_000);
        assertThat(figures.engagementRate30d()).isEqualTo(0.0312); // (6,000 + 110 + 60 + 60) / 200,000
    }
}
