package org.newsdesk.cms.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An absolute http(s) address of at most 2,048 characters: no javascript:, data: or relative links. */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Size(max = WebAddress.MAX_LENGTH)
@Pattern(regexp = "https?://[^\\s/?#]+[^\\s]*")
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface WebAddress {

    /** The longest address kept: the size of every URL column. */
    int MAX_LENGTH = 2048;

    String message() default "must be an http(s) address of at most 2,048 characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
