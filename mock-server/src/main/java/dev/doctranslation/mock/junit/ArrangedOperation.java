package dev.doctranslation.mock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Arranges an operation on the test's mock and injects its id, as a {@link java.util.UUID} or a
 * {@link String}. The same as the provider state {@code a translation operation exists}: it never
 * moves on its own, only a cancel changes it. Negative counts mean "fill in a consistent default".
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ArrangedOperation {

    /** One of the contract's statuses as on the wire, such as {@code "Running"}. */
    String status();

    int total() default -1;

    int success() default -1;

    int failed() default -1;
}
