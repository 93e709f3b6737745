package com.realsourcing.directory.domain;

import com.realsourcing.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A product a factory shows on its page: what it makes, for how much, from how many, how fast. */
@Entity
@Table(name = "showcase_products", schema = "directory")
public class ShowcaseProduct extends AbstractEntity {

    @Column(name = "factory_id", nullable = false, updatable = false)
    private UUID factoryId;

    @Column(nullable = false)
    private String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "image_file_ids", nullable = false, columnDefinition = "uuid[]")
    private UUID[] imageFileIds;

    @Column(name = "price_min")
    private BigDecimal priceMin;

    @Column(name = "price_max")
    private BigDecimal priceMax;

    private String currency;
    private Integer moq;

    @Column(name = "moq_unit")
    private String moqUnit;

    @Column(name = "lead_time_days")
    private Integer leadTimeDays;

    @Column(name = "category_tag_id")
    private UUID categoryTagId;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ShowcaseProduct() {}

    ShowcaseProduct(UUID id, UUID factoryId, ShowcaseDetails details, int position, Instant now) {
        super(id);
        this.factoryId = Objects.requireNonNull(factoryId);
        this.position = position;
        this.createdAt = now;
        change(details, now);
    }

    void change(ShowcaseDetails d, Instant now) {
        this.name = d.name();
        this.imageFileIds = d.imageFileIds().toArray(UUID[]::new);
        this.priceMin = d.priceMin();
        this.priceMax = d.priceMax();
        this.currency = d.currency();
        this.moq = d.moq();
        this.moqUnit = d.moqUnit();
        this.leadTimeDays = d.leadTimeDays();
        this.categoryTagId = d.categoryTagId();
        this.updatedAt = now;
    }

    public UUID getFactoryId() {
        return factoryId;
    }

    public String getName() {
        return name;
    }

    public List<UUID> getImageFileIds() {
        return List.of(imageFileIds);
    }

    public BigDecimal getPriceMin() {
        return priceMin;
    }

    public BigDecimal getPriceMax() {
        return priceMax;
    }

    public String getCurrency() {
        return currency;
    }

    public Integer getMoq() {
        return moq;
    }

    public String getMoqUnit() {
        return moqUnit;
    }

    public Integer getLeadTimeDays() {
        return leadTimeDays;
    }

    public UUID getCategoryTagId() {
        return categoryTagId;
    }

    public int getPosition() {
        return position;
    }

    /** What a factory says about one showcase product. */
    public record ShowcaseDetails(
            String name,
            List<UUID> imageFileIds,
            BigDecimal priceMin,
            BigDecimal priceMax,
            String currency,
            Integer moq,
            String moqUnit,
            Integer leadTimeDays,
            UUID categoryTagId) {

        public ShowcaseDetails {
            imageFileIds = List.copyOf(imageFileIds);
        }
    }
}
