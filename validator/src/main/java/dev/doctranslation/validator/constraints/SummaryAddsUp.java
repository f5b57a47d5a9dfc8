package dev.doctranslation.validator.constraints;

import dev.doctranslation.contract.models.StatusSummary;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** {@code total = success + failed + inProgress + notYetStarted + cancelled}. */
@Target(java.lang.annotation.ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SummaryAddsUp.Check.class)
public @interface SummaryAddsUp {
    String message() default "summary does not add up";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Registered on the generated {@link StatusSummary} by mapping, without editing it. */
    final class Check implements ConstraintValidator<SummaryAddsUp, StatusSummary> {
        @Override
        public boolean isValid(StatusSummary s, ConstraintValidatorContext context) {
            if (s == null || s.getTotal() == null || s.getSuccess() == null || s.getFailed() == null
                    || s.getInProgress() == null || s.getNotYetStarted() == null || s.getCancelled() == null) {
                return true; // a missing count is the required rule's to report
            }
            long parts = (long) s.getSuccess() + s.getFailed() + s.getInProgress() + s.getNotYetStarted() + s.getCancelled();
            if (parts == s.getTotal()) {
                return true;
            }
            Messages.replace(context, "total is " + s.getTotal() + " but success " + s.getSuccess() + " + failed "
                    + s.getFailed() + " + inProgress " + s.getInProgress() + " + notYetStarted " + s.getNotYetStarted()
                    + " + cancelled " + s.getCancelled() + " = " + parts + "; expected them equal", null);
            return false;
        }
    }
}
