package dev.doctranslation.client;

import dev.doctranslation.contract.ObservedResponse;

import java.util.List;
import java.util.Map;

/**
 * One answer, fully read and disconnected from the network, plus how many retries it took.
 *
 * @param retries how many retries came before this answer (0: the first attempt answered)
 */
record RawResponse(String operationId, String requestLine, int statusCode, Map<String, List<String>> headers,
        byte[] body, int retries) {

    ObservedResponse observed() {
        return new ObservedResponse(operationId, statusCode, headers, body);
    }
}
