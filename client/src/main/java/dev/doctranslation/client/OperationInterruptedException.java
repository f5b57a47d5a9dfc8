package dev.doctranslation.client;

/**
 * The calling thread was interrupted while the client sent a request, waited to retry or waited
 * between status reads. Nothing went wrong on the wire: someone asked this thread to stop, so the
 * client stops at once, never retries, and sets the thread's interrupt flag again before throwing
 * this. Deliberately not a {@link TransportException}, so that a caller who retries transport
 * failures does not retry an interrupt. Status code 0: no answer is reported.
 *
 * <p>A cancel interrupted mid-request may or may not have reached the service; read the status
 * to know.
 */
public final class OperationInterruptedException extends DocumentTranslationException {
    private static final long serialVersionUID = 1L;

    OperationInterruptedException(String message, Throwable cause) {
        super(message, 0, null, cause);
    }
}
