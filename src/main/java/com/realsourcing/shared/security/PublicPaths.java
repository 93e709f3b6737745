package com.realsourcing.shared.security;

import java.util.List;

/**
 * Request patterns (Ant style, optionally prefixed with an HTTP method: {@code "POST /api/identity/login"}) that a
 * module opens to visitors. {@code csrfExempt} lists the state-changing ones that carry no session to protect
 * (sign-up, login, token issue) so scripts can call them.
 */
public record PublicPaths(List<String> open, List<String> csrfExempt) {

    public PublicPaths {
        open = List.copyOf(open);
        csrfExempt = List.copyOf(csrfExempt);
    }
}
