package com.realsourcing.directory.web;

/** A region by code and (Chinese) name. */
record RegionRef(String code, String name) {}
