package dev.doctranslation.validator.constraints;

import jakarta.validation.ConstraintValidatorContext;

/** Replaces a constraint's default message with one that names the values found. */
final class Messages {
    private Messages() {}

    static void replace(ConstraintValidatorContext context, String message, String property) {
        context.disableDefaultConstraintViolation();
        // The interpolator reads {...}, ${...} and backslashes; values from a payload are literal.
        String literal = message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        var builder = context.buildConstraintViolationWithTemplate(literal);
        if (property == null) {
            builder.addConstraintViolation();
        } else {
            builder.addPropertyNode(property).addConstraintViolation();
        }
    }
}
