package com.realsourcing.notify.api;

/** Where a message goes. IN_APP is the notification centre; the others go through provider ports. */
public enum Channel {
    IN_APP,
    EMAIL,
    SMS,
    WECHAT
}
