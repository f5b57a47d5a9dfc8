package dev.doctranslation.mock;

/**
 * How an arranged operation should look: its status (one of the contract's seven wire values,
 * such as {@code "Running"}; the page's spelling {@code "Canceled"} is read as {@code
 * "Cancelled"}) and, optionally, its document counts. Counts left {@code null} are filled in so
 * that the summary adds up; counts that cannot add up for that status are refused.
 *
 * <p>An arranged operation never moves on its own: only a cancel changes it.
 *
 * @param status the operation's status, as on the wire
 * @param total number of documents, or {@code null} for the default (10; 0 for ValidationFailed)
 * @param success documents already translated, or {@code null} for a default that fits
 * @param failed documents already failed, or {@code null} for a default that fits
 */
public record Arrangement(String status, Integer total, Integer success, Integer failed) {

    public Arrangement {
        if (status == null) {
            throw new NullPointerException("status == null");
        }
    }

    /** An operation in {@code status} with default counts. */
    public static Arrangement of(String status) {
        return new Arrangement(status, null, null, null);
    }

    public Arrangement withTotal(int total) {
        return new Arrangement(status, total, success, failed);
    }

    public Arrangement withSuccess(int success) {
        return new Arrangement(status, total, success, failed);
    }

    public Arrangement withFailed(int failed) {
        return new Arrangement(status, total, success, failed);
    }
}
