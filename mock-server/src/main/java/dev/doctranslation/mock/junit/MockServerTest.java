package dev.doctranslation.mock.junit;

import dev.doctranslation.mock.MockServer;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a Document Translation mock for a test class, in the style of WireMock's
 * {@code @WireMockTest}: started once before the class, stopped after it, its operations and
 * faults forgotten before each test. A test method receives it as a {@link
 * dev.doctranslation.mock.MockServer} parameter, and arranged operations as {@link
 * ArrangedOperation} parameters. For settings an annotation cannot hold (a clock, a pace ...),
 * register {@link MockServerExtension#builder()}'s extension with {@code @RegisterExtension}
 * instead.
 *
 * <pre>{@code
 * @MockServerTest
 * class CancelTest {
 *   @Test
 *   void cancelsARunningOperation(MockServer mock, @ArrangedOperation(status = "Running") UUID id) {
 *     // DELETE mock.baseUrl() + "/batches/" + id, key mock.key(): 200 Cancelling
 *   }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MockServerExtension.class)
public @interface MockServerTest {

    /** The port; 0 (the default) picks a free one. */
    int port() default MockServer.Builder.DEFAULT_PORT;

    /** The subscription key; empty (the default) generates one. */
    String key() default "";

    /** Milliseconds from an accepted cancel to Cancelled, for operations in flight; the builder's default. */
    long cancelSettleMillis() default MockServer.Builder.DEFAULT_CANCEL_SETTLE_MILLIS;
}
