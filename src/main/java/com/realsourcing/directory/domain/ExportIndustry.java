package com.realsourcing.directory.domain;

import com.realsourcing.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One of seed 000's seven export industries (纺织服装, 电子数码 …). {@code bucket} is its key in the HS chapter map
 * ({@code reference/hs_chapter_zh_industry_map.csv}).
 */
@Entity
@Table(name = "export_industries", schema = "directory")
public class ExportIndustry extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false, updatable = false)
    private String bucket;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ExportIndustry() {}

    public String getCode() {
        return code;
    }

    public String getBucket() {
        return bucket;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
