package com.realsourcing.shared.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Paging parameters as they arrive in a query string ({@code ?page=0&size=20}), validated at the edge. */
public record PageQuery(@Min(0) Integer page, @Min(1) @Max(100) Integer size) {

    public int pageOrDefault() {
        return page == null ? 0 : page;
    }

    public int sizeOrDefault() {
        return size == null ? 20 : size;
    }

    public PageRequest toPageRequest(Sort sort) {
        return PageRequest.of(pageOrDefault(), sizeOrDefault(), sort);
    }
}
