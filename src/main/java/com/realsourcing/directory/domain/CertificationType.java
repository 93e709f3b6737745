package com.realsourcing.directory.domain;

/** Certificates buyers ask export factories for; OTHER carries its own name. */
public enum CertificationType {
    ISO_9001,
    ISO_14001,
    ISO_45001,
    BSCI,
    SEDEX,
    WRAP,
    OEKO_TEX,
    GOTS,
    GRS,
    CE,
    FCC,
    ROHS,
    REACH,
    UL,
    FDA,
    LFGB,
    HACCP,
    CCC,
    OTHER
}
