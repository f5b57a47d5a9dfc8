package dev.doctranslation.validator.constraints;

import dev.doctranslation.contract.Statuses;

import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.TranslationStatus;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumSet;
import java.util.Set;

/** A terminal status has nothing in progress and nothing waiting. */
@Target(java.lang.annotation.ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TerminalSettled.Check.class)
public @interface TerminalSettled {
    String message() default "a terminal status has documents in progress or waiting";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<TerminalSettled, TranslationStatus> {
        @Override
        public boolean isValid(TranslationStatus s, ConstraintValidatorContext context) {
            if (s == null || s.getSummary() == null || !Statuses.isTerminal(s.getStatus())) {
                return true;
            }
            Integer inProgress = s.getSummary().getInProgress();
            Integer waiting = s.getSummary().getNotYetStarted();
            if ((inProgress == null || inProgress == 0) && (waiting == null || waiting == 0)) {
                return true;
            }
            Messages.replace(context, "status " + s.getStatus() + " is terminal but inProgress is " + inProgress
                    + " and notYetStarted is " + waiting + "; expected both 0", "summary");
            return false;
        }
    }
}
