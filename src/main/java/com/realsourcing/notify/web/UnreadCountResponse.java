package com.realsourcing.notify.web;

record UnreadCountResponse(long count) {}
