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

/** A slug as editors may give one: see {@link Slugs#PATTERN}, at most {@link Slugs#MAX_LENGTH} characters. */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Size(max = Slugs.MAX_LENGTH)
@Pattern(regexp = Slugs.PATTERN)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface SlugFormat {

    String message() default "must be lower-case letters or digits in words joined by single hyphens, at most "
            + Slugs.MAX_LENGTH + " characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
