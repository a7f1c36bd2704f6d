package org.newsdesk.cms.common;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Checks mutation inputs against their Jakarta constraints at the API edge, before
 * anything is written. A violation answers {@code VALIDATION} with the field path
 * as clients wrote it ({@code input.title}) and every violation listed.
 */
@ApplicationScoped
public class Inputs {

    private final Validator validator;

    Inputs(Validator validator) {
        this.validator = validator;
    }

    /**
     * @param argument the GraphQL argument's name, e.g. "input"
     * @throws ApiException VALIDATION when {@code value} breaks a constraint
     */
    public <T> T check(String argument, T value) {
        if (value == null) {
            throw ApiException.invalid(argument, "is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (violations.isEmpty()) {
            return value;
        }
        List<ConstraintViolation<T>> ordered = violations.stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .toList();
        JsonArrayBuilder all = Jsonp.PROVIDER.createArrayBuilder();
        StringBuilder message = new StringBuilder();
        for (ConstraintViolation<T> violation : ordered) {
            String field = argument + "." + violation.getPropertyPath();
            all.add(Jsonp.PROVIDER.createObjectBuilder().add("field", field).add("message", violation.getMessage()));
            message.append(message.isEmpty() ? "" : "; ").append(field).append(": ").append(violation.getMessage());
        }
        String first = argument + "." + ordered.get(0).getPropertyPath();
        throw new ApiException(ErrorCode.VALIDATION, message.toString(), first, null).with("violations", all.build());
    }
}
