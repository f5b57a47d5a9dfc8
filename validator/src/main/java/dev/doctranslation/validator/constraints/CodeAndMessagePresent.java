package dev.doctranslation.validator.constraints;

import dev.doctranslation.contract.models.AzureCoreError;
import dev.doctranslation.contract.models.InnerTranslationError;
import dev.doctranslation.contract.models.TranslationError;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An error, at every level of its innerError chain, has a code and a message that say something.
 * A missing one is the required rule's to report; this one catches present but blank values.
 */
@Target(java.lang.annotation.ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {CodeAndMessagePresent.OnError.class, CodeAndMessagePresent.OnInnerError.class,
    CodeAndMessagePresent.OnAzureCoreError.class})
public @interface CodeAndMessagePresent {
    String message() default "error code or message is blank";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class OnError implements ConstraintValidator<CodeAndMessagePresent, TranslationError> {
        @Override
        public boolean isValid(TranslationError e, ConstraintValidatorContext context) {
            return e == null || Blank.messageSaysSomething(e.getMessage(), context);
        }
    }

    final class OnInnerError implements ConstraintValidator<CodeAndMessagePresent, InnerTranslationError> {
        @Override
        public boolean isValid(InnerTranslationError e, ConstraintValidatorContext context) {
            return e == null || Blank.codeAndMessageSaySomething(e.getCode(), e.getMessage(), context);
        }
    }

    /**
     * The Azure Core envelope (2024-05-01), at the top and in each of its {@code details}; its
     * {@code innererror} has a code only, which the schema already requires to be a string.
     */
    final class OnAzureCoreError implements ConstraintValidator<CodeAndMessagePresent, AzureCoreError> {
        @Override
        public boolean isValid(AzureCoreError e, ConstraintValidatorContext context) {
            return e == null || Blank.codeAndMessageSaySomething(e.getCode(), e.getMessage(), context);
        }
    }

    /** The shared check; annotation interfaces cannot hold method bodies. */
    final class Blank {
        private Blank() {}

        /** Both reported when both are blank; a missing one is the required rule's. */
        static boolean codeAndMessageSaySomething(String code, String message, ConstraintValidatorContext context) {
            boolean valid = messageSaysSomething(message, context);
            if (code != null && code.isBlank()) {
                report(context, "code", code);
                valid = false;
            }
            return valid;
        }

        static boolean messageSaysSomething(String message, ConstraintValidatorContext context) {
            if (message == null || !message.isBlank()) {
                return true;
            }
            report(context, "message", message);
            return false;
        }

        static void report(ConstraintValidatorContext context, String property, String value) {
            Messages.replace(context, property + " is blank (\"" + value + "\"); expected a non-blank " + property, property);
        }
    }
}
