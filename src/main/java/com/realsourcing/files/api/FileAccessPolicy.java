package com.realsourcing.files.api;

import com.realsourcing.shared.security.AuthenticatedUser;

/**
 * A module that shares files beyond their organisation (a reviewer reading a factory's licence, a buyer seeing a
 * quote's drawing) exposes a bean of this type; a download is allowed when any policy says yes.
 */
public interface FileAccessPolicy {

    boolean mayRead(StoredFile file, AuthenticatedUser user);
}
