package dev.doctranslation.mock;

/** An arrangement or provider-state parameter that cannot be honoured; names the parameter. */
final class InvalidArrangementException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    InvalidArrangementException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
