package org.newsdesk.cms.common;

/** The codes clients find in an error's {@code extensions.code}; part of the public contract. */
public enum ErrorCode {
    NOT_FOUND,
    VALIDATION,
    CONFLICT,
    UNAUTHORIZED,
    FORBIDDEN,
    BAD_REQUEST
}
