package org.newsdesk.cms.audit;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Every GraphQL mutation carries it: the call is recorded in the audit trail, in the
 * transaction of its change when it succeeds, on its own when it is refused or fails.
 * {@code target} names what the mutation's {@code id} argument (and its result) is:
 * {@code article}, {@code author}, {@code source}, {@code section}, {@code tag} or
 * {@code import-run}.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({ METHOD, TYPE })
public @interface Audited {

    @Nonbinding
    String target();

    /**
     * False for mutations that commit in steps of their own (an import run): their
     * record is written once they are done, in a transaction of its own.
     */
    @Nonbinding
    boolean sameTransaction() default true;
}
