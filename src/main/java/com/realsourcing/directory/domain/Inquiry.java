package com.realsourcing.directory.domain;

import com.realsourcing.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** 询盘: a buyer asks a factory about a product and a quantity. The chat module may continue the conversation. */
@Entity
@Table(name = "inquiries", schema = "directory")
public class Inquiry extends AbstractEntity {

    public enum Status {
        NEW,
        READ,
        CLOSED
    }

    @Column(name = "factory_id", nullable = false, updatable = false)
    private UUID factoryId;

    @Column(name = "buyer_organization_id", nullable = false, updatable = false)
    private UUID buyerOrganizationId;

    @Column(name = "buyer_user_id", nullable = false, updatable = false)
    private UUID buyerUserId;

    @Column(name = "product_id", updatable = false)
    private UUID productId;

    @Column(name = "product_name", nullable = false, updatable = false)
    private String productName;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(nullable = false, updatable = false)
    private String unit;

    @Column(nullable = false, updatable = false)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Inquiry() {}

    Inquiry(
            UUID id,
            UUID factoryId,
            UUID buyerOrganizationId,
            UUID buyerUserId,
            UUID productId,
            String productName,
            int quantity,
            String unit,
            String message,
            Instant now) {
        super(id);
        this.factoryId = factoryId;
        this.buyerOrganizationId = buyerOrganizationId;
        this.buyerUserId = buyerUserId;
        this.productId = productId;
        this.productName = productName;
        this.quantity = quantity;
        this.unit = unit;
        this.message = message;
        this.status = Status.NEW;
        this.createdAt = now;
    }

    void markRead(Instant now) {
        if (status == Status.NEW) {
            status = Status.READ;
            readAt = now;
        }
    }

    void close() {
        status = Status.CLOSED;
    }

    public UUID getFactoryId() {
        return factoryId;
    }

    public UUID getBuyerOrganizationId() {
        return buyerOrganizationId;
    }

    public UUID getBuyerUserId() {
        return buyerUserId;
    }

    public UUID getProductId() {
        return productId;
    }

    public String getProductName() {
        return productName;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getUnit() {
        return unit;
    }

    public String getMessage() {
        return message;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
