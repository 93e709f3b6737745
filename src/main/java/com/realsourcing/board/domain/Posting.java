package com.realsourcing.board.domain;

import com.realsourcing.shared.domain.AbstractEntity;
import com.realsourcing.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;
import org.springframework.http.HttpStatus;

/**
 * One posting on the board. The columns hold what the public sees once published; an edit of a published posting
 * waits in {@code pendingContent} until a reviewer approves it (seed 002: 审核通过 → 前端展示). Every status change
 * goes through a method here that refuses illegal moves, and {@code @Version} makes concurrent changes fail instead
 * of overwriting each other. Counters (quotes, applications, contacts, views) are kept by guarded SQL statements and
 * are read-only here.
 */
@Entity
@Table(name = "postings", schema = "board")
@Indexed(index = "posting")
@GeoPointBinding(fieldName = "location", sortable = Sortable.YES)
public class Posting extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    @KeywordField(aggregable = Aggregable.YES)
    private PostingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField(aggregable = Aggregable.NO)
    private PostingStatus status;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "author_user_id", nullable = false, updatable = false)
    private UUID authorUserId;

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    @Column(nullable = false)
    @FullTextField(analyzer = "chinese")
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(name = "province_code", nullable = false)
    @KeywordField(name = "province", aggregable = Aggregable.YES)
    private String provinceCode;

    @Column(name = "city_code")
    @KeywordField(name = "city", aggregable = Aggregable.YES)
    private String cityCode;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "address_line")
    private String addressLine;

    @Latitude
    private Double lat;

    @Longitude
    private Double lng;

    @Column(name = "category_tag_id")
    private UUID categoryTagId;

    private BigDecimal quantity;

    private String unit;

    private Integer headcount;

    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String details;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "term_ids", nullable = false, columnDefinition = "uuid[]")
    private UUID[] termIds = new UUID[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "attributes", nullable = false, columnDefinition = "varchar(40)[]")
    private String[] attributes = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "media_file_ids", nullable = false, columnDefinition = "uuid[]")
    private UUID[] mediaFileIds = new UUID[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "file_ids", nullable = false, columnDefinition = "uuid[]")
    private UUID[] fileIds = new UUID[0];

    /** Product names, tag, job type and process names, materials …: what the search finds the posting by. */
    @Column(name = "search_text", nullable = false)
    @FullTextField(name = "text", analyzer = "chinese")
    private String searchText = "";

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_at")
    @GenericField(name = "published_at", sortable = Sortable.YES)
    private Instant publishedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "review_flagged", nullable = false)
    private boolean reviewFlagged;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "review_hits", nullable = false, columnDefinition = "jsonb")
    private List<ModerationHit> reviewHits = new ArrayList<>();

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pending_content", columnDefinition = "jsonb")
    private PostingSnapshot pendingContent;

    @Column(name = "pending_submitted_at")
    private Instant pendingSubmittedAt;

    @Column(name = "pending_flagged", nullable = false)
    private boolean pendingFlagged;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pending_hits", nullable = false, columnDefinition = "jsonb")
    private List<ModerationHit> pendingHits = new ArrayList<>();

    @Column(name = "pending_rejection")
    private String pendingRejection;

    @Column(name = "quote_seats", nullable = false)
    private int quoteSeats;

    @Column(name = "quote_count", insertable = false, updatable = false)
    private int quoteCount;

    @Column(name = "application_count", insertable = false, updatable = false)
    private int applicationCount;

    @Column(name = "accepted_count", insertable = false, updatable = false)
    private int acceptedCount;

    @Column(name = "contact_count", insertable = false, updatable = false)
    private int contactCount;

    @Column(name = "view_count", insertable = false, updatable = false)
    private int viewCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Posting() {}

    Posting(
            UUID id,
            PostingKind kind,
            UUID organizationId,
            UUID authorUserId,
            String idempotencyKey,
            PostingSnapshot content,
            Instant now) {
        super(id);
        this.kind = kind;
        this.organizationId = organizationId;
        this.authorUserId = authorUserId;
        this.idempotencyKey = idempotencyKey;
        this.status = PostingStatus.DRAFT;
        this.createdAt = now;
        apply(content, now);
        this.quoteSeats = content.quoteSeats();
    }

    // ---- lifecycle ----

    /** The author sends the posting to review; the automatic check's findings go with it. */
    void submit(List<ModerationHit> hits, Instant now) {
        move(PostingStatus.PENDING_REVIEW);
        submittedAt = now;
        reviewFlagged = !hits.isEmpty();
        reviewHits = new ArrayList<>(hits);
        rejectionReason = null;
        updatedAt = now;
    }

    /** A posting under review was changed: it goes to the end of the queue with the new findings. */
    void resubmit(List<ModerationHit> hits, Instant now) {
        if (status != PostingStatus.PENDING_REVIEW) {
            throw DomainException.conflict(BoardError.POSTING_NOT_EDITABLE, status.name());
        }
        submittedAt = now;
        reviewFlagged = !hits.isEmpty();
        reviewHits = new ArrayList<>(hits);
        updatedAt = now;
    }

    void approve(Instant now) {
        move(PostingStatus.PUBLISHED);
        publishedAt = now;
        reviewFlagged = false;
        updatedAt = now;
    }

    void reject(String reason, Instant now) {
        move(PostingStatus.REJECTED);
        rejectionReason = reason;
        clearPending();
        updatedAt = now;
    }

    void withdraw(Instant now) {
        move(PostingStatus.WITHDRAWN);
        clearPending();
        closedAt = now;
        updatedAt = now;
    }

    void close(Instant now) {
        move(PostingStatus.CLOSED);
        clearPending();
        closedAt = now;
        updatedAt = now;
    }

    void expire(Instant now) {
        move(PostingStatus.EXPIRED);
        closedAt = now;
        updatedAt = now;
    }

    /**
     * Puts an expired or withdrawn posting up again until {@code validUntil}: straight back to the public when the
     * content was approved before and the word list finds nothing now, otherwise to review.
     */
    void repost(Instant validUntil, List<ModerationHit> hits, Instant now) {
        this.validUntil = validUntil;
        closedAt = null;
        if (hits.isEmpty() && publishedAt != null) {
            move(PostingStatus.PUBLISHED);
            publishedAt = now;
            updatedAt = now;
        } else {
            submit(hits, now);
        }
    }

    /** Changes a posting nothing approved is on show of (draft, under review, rejected). */
    void edit(PostingSnapshot content, Instant now) {
        if (!status.editableInPlace()) {
            throw DomainException.conflict(BoardError.POSTING_NOT_EDITABLE, status.name());
        }
        apply(content, now);
        quoteSeats = content.quoteSeats();
    }

    /** A published posting's new version, which waits for review while the approved one stays up. */
    void proposeRevision(PostingSnapshot content, List<ModerationHit> hits, Instant now) {
        if (status != PostingStatus.PUBLISHED) {
            throw DomainException.conflict(BoardError.POSTING_NOT_EDITABLE, status.name());
        }
        if (content.quoteSeats() < quoteCount) {
            throw DomainException.invalidField(
                    "procurement.quoteSeats", BoardError.QUOTE_SEATS_BELOW_QUOTES, quoteCount);
        }
        pendingContent = content;
        pendingSubmittedAt = now;
        pendingFlagged = !hits.isEmpty();
        pendingHits = new ArrayList<>(hits);
        pendingRejection = null;
        updatedAt = now;
    }

    void approveRevision(Instant now) {
        if (pendingContent == null) {
            throw DomainException.conflict(BoardError.REVIEW_DECIDED);
        }
        apply(pendingContent, now);
        quoteSeats = pendingContent.quoteSeats();
        clearPending();
    }

    void rejectRevision(String reason, Instant now) {
        if (pendingContent == null) {
            throw DomainException.conflict(BoardError.REVIEW_DECIDED);
        }
        clearPending();
        pendingRejection = reason;
        updatedAt = now;
    }

    private void clearPending() {
        pendingContent = null;
        pendingSubmittedAt = null;
        pendingFlagged = false;
        pendingHits = new ArrayList<>();
    }

    private void move(PostingStatus target) {
        if (!status.canMoveTo(target)) {
            throw new DomainException(HttpStatus.CONFLICT, BoardError.ILLEGAL_TRANSITION, status.name(), target.name())
                    .with("status", status.name())
                    .with("target", target.name());
        }
        status = target;
    }

    private void apply(PostingSnapshot c, Instant now) {
        title = c.title();
        description = c.description();
        provinceCode = c.provinceCode();
        cityCode = c.cityCode();
        countyCode = c.countyCode();
        addressLine = c.addressLine();
        lat = c.lat();
        lng = c.lng();
        categoryTagId = c.categoryTagId();
        quantity = c.quantity();
        unit = c.unit();
        headcount = c.headcount();
        details = c.detailsJson();
        mediaFileIds = c.mediaFileIds().toArray(UUID[]::new);
        fileIds = c.fileIds().toArray(UUID[]::new);
        termIds = c.termIds().toArray(UUID[]::new);
        attributes = c.attributes().toArray(String[]::new);
        searchText = c.searchText();
        validUntil = c.validUntil();
        updatedAt = now;
    }

    /** The content as a snapshot (to compare an edit with, or to show beside the pending one). */
    PostingSnapshot snapshot() {
        return new PostingSnapshot(
                title,
                description,
                provinceCode,
                cityCode,
                countyCode,
                addressLine,
                lat,
                lng,
                categoryTagId,
                quantity,
                unit,
                headcount,
                details,
                List.of(mediaFileIds),
                List.of(fileIds),
                List.of(termIds),
                List.of(attributes),
                searchText,
                validUntil,
                quoteSeats);
    }

    public boolean isPublished() {
        return status == PostingStatus.PUBLISHED;
    }

    // ---- index-only fields ----

    @KeywordField(name = "category", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "categoryTagId")))
    public String getCategoryKey() {
        return categoryTagId == null ? null : categoryTagId.toString();
    }

    @KeywordField(name = "term", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "termIds")))
    public List<String> getTermKeys() {
        List<String> keys = new ArrayList<>(termIds.length);
        for (UUID id : termIds) {
            keys.add(id.toString());
        }
        return keys;
    }

    @KeywordField(name = "attribute", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "attributes")))
    public List<String> getAttributeKeys() {
        return List.of(attributes);
    }

    @GenericField(name = "quantity", sortable = Sortable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "quantity")))
    public Double getQuantityValue() {
        return quantity == null ? null : quantity.doubleValue();
    }

    @KeywordField(name = "organization", aggregable = Aggregable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "organizationId")))
    public String getOrganizationKey() {
        return organizationId.toString();
    }

    // ---- getters ----

    public PostingKind getKind() {
        return kind;
    }

    public PostingStatus getStatus() {
        return status;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getAuthorUserId() {
        return authorUserId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getCityCode() {
        return cityCode;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public Double getLat() {
        return lat;
    }

    public Double getLng() {
        return lng;
    }

    public UUID getCategoryTagId() {
        return categoryTagId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getUnit() {
        return unit;
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public String getDetails() {
        return details;
    }

    public List<UUID> getFileIds() {
        return List.of(fileIds);
    }

    public List<UUID> getTermIds() {
        return List.of(termIds);
    }

    public List<String> getAttributes() {
        return List.of(attributes);
    }

    public List<UUID> getMediaFileIds() {
        return List.of(mediaFileIds);
    }

    public String getSearchText() {
        return searchText;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public boolean isReviewFlagged() {
        return reviewFlagged;
    }

    public List<ModerationHit> getReviewHits() {
        return List.copyOf(reviewHits);
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public PostingSnapshot getPendingContent() {
        return pendingContent;
    }

    public boolean hasPendingRevision() {
        return pendingContent != null;
    }

    public Instant getPendingSubmittedAt() {
        return pendingSubmittedAt;
    }

    public boolean isPendingFlagged() {
        return pendingFlagged;
    }

    public List<ModerationHit> getPendingHits() {
        return List.copyOf(pendingHits);
    }

    public String getPendingRejection() {
        return pendingRejection;
    }

    public int getQuoteSeats() {
        return quoteSeats;
    }

    public int getQuoteCount() {
        return quoteCount;
    }

    public int getApplicationCount() {
        return applicationCount;
    }

    public int getAcceptedCount() {
        return acceptedCount;
    }

    public int getContactCount() {
        return contactCount;
    }

    public int getViewCount() {
        return viewCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
