package com.realsourcing.board.domain;

import com.realsourcing.shared.security.Capability;

/**
 * The five kinds of posting (seed 002 二) and what an organisation must be able to do to post one: buyers post
 * procurement and OEM demands, manufacturers post inventory and OEM services, employers post jobs.
 */
public enum PostingKind {
    /** 采购需求: a buyer's demand, also an RFQ that verified factories quote on. */
    PROCUREMENT(Capability.BUY_B2B, ProcurementDetails.class),
    /** 库存: a factory's stock offered wholesale or on consignment. */
    INVENTORY(Capability.MANUFACTURE, InventoryDetails.class),
    /** 临时用工: a factory's temp job that workers apply to. */
    JOB(Capability.HIRE_WORKERS, JobDetails.class),
    /** 代加工需求: processing wanted by a buyer without the equipment or capacity. */
    OEM_DEMAND(Capability.BUY_B2B, OemDemandDetails.class),
    /** 代加工服务: a factory's equipment and spare capacity offered for processing. */
    OEM_SERVICE(Capability.MANUFACTURE, OemServiceDetails.class);

    private final Capability requires;
    private final Class<? extends PostingDetails> detailsType;

    PostingKind(Capability requires, Class<? extends PostingDetails> detailsType) {
        this.requires = requires;
        this.detailsType = detailsType;
    }

    public Capability requires() {
        return requires;
    }

    public Class<? extends PostingDetails> detailsType() {
        return detailsType;
    }

    /** Demands look for supply; their matches are services and factories. */
    public boolean isDemand() {
        return this == PROCUREMENT || this == OEM_DEMAND;
    }
}
