package com.realsourcing.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** An HS 2022 chapter (two digits) and the export industry its goods count under. Reference data: read only. */
@Entity
@Immutable
@Table(name = "hs_chapters", schema = "directory")
public class HsChapter {

    @Id
    @Column(nullable = false, updatable = false)
    private String chapter;

    @Column(nullable = false)
    private String section;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "export_industry_id", nullable = false)
    private UUID exportIndustryId;

    protected HsChapter() {}

    public String getChapter() {
        return chapter;
    }

    public String getSection() {
        return section;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public UUID getExportIndustryId() {
        return exportIndustryId;
    }
}
