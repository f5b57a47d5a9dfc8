package dev.doctranslation.validator.constraints;

import dev.doctranslation.contract.models.TranslationStatus;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** {@code lastActionDateTimeUtc >= createdDateTimeUtc}. */
@Target(java.lang.annotation.ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TimestampsOrdered.Check.class)
public @interface TimestampsOrdered {
    String message() default "lastActionDateTimeUtc is before createdDateTimeUtc";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<TimestampsOrdered, TranslationStatus> {
        @Override
        public boolean isValid(TranslationStatus s, ConstraintValidatorContext context) {
            if (s == null || s.getCreatedDateTimeUtc() == null || s.getLastActionDateTimeUtc() == null
                    || !s.getLastActionDateTimeUtc().isBefore(s.getCreatedDateTimeUtc())) {
                return true;
            }
            Messages.replace(context, "lastActionDateTimeUtc " + s.getLastActionDateTimeUtc()
                    + " is before createdDateTimeUtc " + s.getCreatedDateTimeUtc() + "; expected it at or after",
                    "lastActionDateTimeUtc");
            return false;
        }
    }
}
