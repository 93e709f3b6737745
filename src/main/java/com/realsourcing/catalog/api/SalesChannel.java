package com.realsourcing.catalog.api;

/** Where a product is sold; each may carry its own price. */
public enum SalesChannel {
    MINI_PROGRAM,
    H5,
    TAOBAO,
    XIAOHONGSHU,
    DOUYIN,
    PINDUODUO
}
